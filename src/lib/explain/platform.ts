import type { Decoded } from './decoded.ts';
import type { Say } from './say.ts';

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
 * @example decodePlatform('linux/arm/v7', '', SAY).text // 'The linux/arm/v7 variant …'
 */
export function decodePlatform(value: string, commandPath: string, say: Say): Decoded {
  const list = value.split(',');
  if (list.length > 1) {
    const bad = list.map((one) => decodePlatform(one.trim(), commandPath, say)).find((one) => one.invalid);
    return bad ?? { text: say('platform.many', list.join(', ')), concept: '/registry/#one-name-several-platforms' };
  }
  const [os = '', rawArch = '', variant, extra] = value.toLowerCase().split('/');
  const arch = ALIASES[rawArch] ?? rawArch;
  if (extra !== undefined || !OS.includes(os) || !ARCH.includes(arch))
    return { text: say('platform.bad'), invalid: true };
  const name = [os, arch, variant].filter(Boolean).join('/');
  return { text: say('platform.one', name), concept: '/registry/#one-name-several-platforms' };
}
