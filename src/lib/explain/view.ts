import type { Explanation, ExplainPart } from './explain.ts';
import { toExplainHref } from './hash.ts';
import type { Say } from './say.ts';

/** A small element tree, rendered to HTML at build time and to DOM nodes in the browser. */
export type ViewNode = string | ViewElement;
export interface ViewElement {
  tag: string;
  attrs?: Readonly<Record<string, string>>;
  children?: readonly ViewNode[];
}

const el = (tag: string, attrs: Record<string, string>, ...children: ViewNode[]): ViewElement => ({
  tag,
  attrs,
  children,
});

/** Splits text with `backticks` into text and <code>. */
function toRich(text: string): ViewNode[] {
  return text
    .split(/`([^`]*)`/)
    .map((piece, index) => (index % 2 ? el('code', {}, piece) : piece))
    .filter((node) => node !== '');
}

function toItem(part: Readonly<ExplainPart>, n: number, text: string, say: Say): ViewElement {
  const id = `dk-x-${n}`;
  const links: ViewNode[] = [];
  if (part.reference) links.push(el('a', { href: part.reference.href }, part.reference.label));
  if (part.concept) links.push(el('a', { href: part.concept.href }, say('view.learn', part.concept.title)));
  if (part.explainInstead)
    links.push(
      el('a', { href: toExplainHref(part.explainInstead) }, say('view.explain'), el('code', {}, part.explainInstead)),
    );
  const children: ViewNode[] = [
    el(
      'p',
      { class: 'dk-x__head' },
      el('code', { class: 'dk-x__text' }, text),
      ' ',
      el('span', { class: 'dk-x__title' }, part.title),
    ),
    el('p', { id: `${id}-m` }, ...toRich(part.meaning)),
  ];
  if (part.detail) children.push(el('p', { class: 'dk-x__detail' }, ...toRich(part.detail)));
  for (const warning of part.warnings)
    children.push(el('p', { class: 'dk-x__warn' }, el('strong', {}, say('view.warning')), ...toRich(warning)));
  if (links.length)
    children.push(
      el('p', { class: 'dk-x__links' }, ...links.flatMap((link, index) => (index ? [' · ', link] : [link]))),
    );
  return el(
    'li',
    {
      id,
      class: 'dk-x__item',
      'data-n': String(n),
      'data-kind': part.kind,
      tabindex: '-1',
      ...(part.warnings.length ? { 'data-warn': '' } : {}),
    },
    ...children,
  );
}

/** Returns the one-line summary of an explanation, for the page's status region. */
export function toSummary(explanation: Readonly<Explanation>, say: Say): string {
  const parts = explanation.commands.flatMap((command) => command.parts);
  const warned = parts.filter((part) => part.warnings.length).length;
  const commands = explanation.commands.length;
  if (parts.length === 0) return say(explanation.notes.length ? 'view.note' : 'view.empty');
  const counted = [
    parts.length > 1 ? say('view.parts', parts.length) : say('view.part'),
    commands > 1 ? say('view.commands', commands) : say('view.1command'),
  ] as const;
  return warned ? say('view.summary.warned', ...counted, warned) : say('view.summary', ...counted);
}

/**
 * Returns the view of an explanation: the notes, then for each command its text with every part
 * a button tied to the numbered item that explains it. Part numbers run across commands.
 */
export function toExplanationView(explanation: Readonly<Explanation>, say: Say): ViewNode[] {
  const nodes: ViewNode[] = [];
  if (explanation.notes.length)
    nodes.push(el('ul', { class: 'dk-x__notes' }, ...explanation.notes.map((note) => el('li', {}, ...toRich(note)))));
  let n = 0;
  for (const command of explanation.commands) {
    const line: ViewNode[] = [];
    const items: ViewNode[] = [];
    let at = 0;
    const first = n + 1;
    for (const part of command.parts) {
      n += 1;
      const text = command.text.slice(part.start, part.end);
      if (part.start > at) line.push(command.text.slice(at, part.start));
      line.push(
        el(
          'button',
          {
            type: 'button',
            class: 'dk-x__part',
            'data-n': String(n),
            'data-kind': part.kind,
            'aria-describedby': `dk-x-${n}-m`,
            ...(part.warnings.length ? { 'data-warn': '' } : {}),
          },
          text,
        ),
      );
      at = part.end;
      items.push(toItem(part, n, text, say));
    }
    if (at < command.text.length) line.push(command.text.slice(at));
    nodes.push(
      el(
        'section',
        { class: 'dk-x__command', 'aria-label': say('view.command', command.text.slice(0, 80)) },
        ...(command.joiner ? [el('p', { class: 'dk-x__joiner' }, command.joiner)] : []),
        el('pre', { class: 'dk-x__line', dir: 'ltr' }, el('code', {}, ...line)),
        el('ol', { class: 'dk-x__list', start: String(first) }, ...items),
      ),
    );
  }
  return nodes;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

/** Renders a view to HTML, every text and attribute escaped: for the page the build pre-renders. */
export function toViewHtml(nodes: readonly ViewNode[]): string {
  return nodes
    .map((node) =>
      typeof node === 'string'
        ? escape(node)
        : `<${node.tag}${Object.entries(node.attrs ?? {})
            .map(([name, value]) => ` ${name}="${escape(value)}"`)
            .join('')}>${toViewHtml(node.children ?? [])}</${node.tag}>`,
    )
    .join('');
}
