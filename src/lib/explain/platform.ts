import { toInvalid, type Decoded } from './decoded.ts';

const OS = ['linux', 'windows', 'darwin', 'freebsd'];
const ARCH = ['amd64', 'arm64', 'arm', '386', 'ppc64le', 's390x', 'riscv64', 'mips64le', 'loong64'];
/** Names containerd normalises: `x86_64` is `amd64`, `aarch64` is `arm64`. */
const ALIASES: Readonly<Record<string, string>> = {
  x86_64: 'amd64',
  'x86-64': 'amd64',
  aarch64: 'arm64',
  armhf: 'arm',
};

/**
 * Says which platform variant `--platform` picks: `os/arch[/variant]`, such as `linux/arm64`.
 * @example decodePlatform('linux/arm/v7').text // 'The linux/arm/v7 variant …'
 */
export function decodePlatform(value: string): Decoded {
  const list = value.split(',');
  if (list.length > 1) {
    const bad = list.map((one) => decodePlatform(one.trim())).find((one) => one.invalid);
    if (bad) return bad;
    return {
      text: `One image for each of ${list.join(', ')}, under one name (an image index): each host pulls the variant for its own platform.`,
      concept: '/registry/#one-name-several-platforms',
    };
  }
  const [os = '', rawArch = '', variant, extra] = value.toLowerCase().split('/');
  const arch = ALIASES[rawArch] ?? rawArch;
  if (extra !== undefined || !OS.includes(os) || !ARCH.includes(arch))
    return toInvalid(`A platform is os/arch[/variant], such as linux/amd64, linux/arm64 or linux/arm/v7.`);
  const name = [os, arch, variant].filter(Boolean).join('/');
  return {
    text: `The ${name} variant of the image, chosen from its image index; on a host of another architecture it runs under emulation, when the host has it set up.`,
    concept: '/registry/#one-name-several-platforms',
  };
}
