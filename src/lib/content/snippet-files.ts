import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import composeSchema from '../../data/compose-spec.json' with { type: 'json' };
import type { SnippetProblem } from './dockerfile-check.ts';

/** Reports whether a snippet's `title` names a Compose file: `compose.yaml`, `compose.prod.yml`, …. */
export function isComposeTitle(title: string | undefined): boolean {
  return title !== undefined && /(?:^|\/)(?:docker-)?compose[\w.-]*\.ya?ml$/.test(title);
}

let composeValidator: ValidateFunction | undefined;

/** Returns the Compose schema's validator, compiled on first use so that importing this module costs nothing. */
function toComposeValidator(): ValidateFunction {
  // The schema declares draft-07 by a URL Ajv does not know by that spelling; its keywords are draft-07's.
  composeValidator ??= new Ajv({ allErrors: true, strict: false, validateSchema: false }).compile(composeSchema);
  return composeValidator;
}

function toPointerPath(error: ErrorObject): (string | number)[] {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Checks a Compose file against the Compose Specification schema; returns its problems.
 * @param source The YAML text of the snippet.
 */
export function checkComposeFile(source: string): SnippetProblem[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter });
  if (document.errors.length > 0) {
    return document.errors.map((error) => ({
      line: error.linePos?.[0].line ?? 1,
      message: `YAML does not parse: ${error.message.split('\n')[0]}`,
    }));
  }
  const validateCompose = toComposeValidator();
  if (validateCompose(document.toJS())) return [];
  return (validateCompose.errors ?? [])
    .filter((error) => error.keyword !== 'oneOf' && error.keyword !== 'anyOf')
    .slice(0, 1)
    .map((error) => {
      const path = toPointerPath(error);
      // Point at the unknown key itself when there is one, else at the value that is wrong.
      const key = error.keyword === 'additionalProperties' ? String(error.params['additionalProperty']) : undefined;
      const parent = document.getIn(path, true);
      const pair =
        key && isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
      const node = (pair?.key ?? parent) as { range?: [number, number, number] } | undefined;
      const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
      const where = path.length > 0 ? path.join('.') : 'the file';
      const extra =
        error.keyword === 'additionalProperties'
          ? `: \`${String(error.params['additionalProperty'])}\` is not a Compose key here; check its spelling against the Compose Specification`
          : `: ${error.message ?? 'invalid'}`;
      return { line, message: `Compose file is not valid at ${where}${extra}` };
    });
}
