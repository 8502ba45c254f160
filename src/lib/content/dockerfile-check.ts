import { DockerfileParser } from 'dockerfile-ast';
import { toNearest } from '../links/nearest.ts';

/**
 * The one check of what a Dockerfile is, on dockerfile-ast's reading of it: the build runs it on
 * every Dockerfile snippet, and the build-cache playground on what the reader types, so a page and
 * the playground cannot disagree. It needs only dockerfile-ast, so the browser can load it.
 */

/** A problem in a file snippet, at a 1-based line of the snippet, with the fix in the message. */
export interface SnippetProblem {
  line: number;
  message: string;
}

/** Dockerfile instructions, from the Dockerfile reference. */
export const DOCKERFILE_INSTRUCTIONS = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
] as const;

type DockerfileInstruction = (typeof DOCKERFILE_INSTRUCTIONS)[number];

/** Reports whether an upper-case keyword is a Dockerfile instruction. */
export function isDockerfileInstruction(keyword: string): keyword is DockerfileInstruction {
  return DOCKERFILE_INSTRUCTIONS.some((instruction) => instruction === keyword);
}

function toUnknownMessage(keyword: string): string {
  const [nearest] = toNearest(keyword.toUpperCase(), DOCKERFILE_INSTRUCTIONS, 1);
  const hint = nearest === undefined ? '.' : `: did you mean ${nearest}?`;
  return `Unknown Dockerfile instruction \`${keyword}\`${hint} The instructions are ${DOCKERFILE_INSTRUCTIONS.join(', ')}`;
}

/**
 * Checks a Dockerfile: every instruction is known and has arguments, and the first one is FROM
 * (or ARG before FROM). Problems come in line order.
 * @param source The text of the Dockerfile.
 * @example checkDockerfile('FORM alpine')[0]?.message // 'Unknown Dockerfile instruction `FORM`: did you mean FROM? …'
 */
export function checkDockerfile(source: string): SnippetProblem[] {
  const problems: SnippetProblem[] = [];
  const instructions = DockerfileParser.parse(source).getInstructions();
  for (const instruction of instructions) {
    const keyword = instruction.getKeyword().toUpperCase();
    const line = instruction.getRange().start.line + 1;
    if (!isDockerfileInstruction(keyword)) {
      problems.push({ line, message: toUnknownMessage(instruction.getKeyword()) });
    } else if (instruction.getArguments().length === 0) {
      problems.push({ line, message: `\`${keyword}\` needs arguments` });
    }
  }
  const first = instructions.find((instruction) => instruction.getKeyword().toUpperCase() !== 'ARG');
  if (first === undefined) {
    problems.push({
      line: 1,
      message: 'This Dockerfile has no FROM instruction: start it with one, such as FROM alpine:3.24',
    });
  } else if (first.getKeyword().toUpperCase() !== 'FROM' && isDockerfileInstruction(first.getKeyword().toUpperCase())) {
    problems.push({
      line: first.getRange().start.line + 1,
      message: `A Dockerfile starts with FROM (only ARG may come before it), not \`${first.getKeyword()}\``,
    });
  }
  return problems.sort((a, b) => a.line - b.line);
}
