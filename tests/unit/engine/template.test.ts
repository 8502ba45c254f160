import { describe, expect, it } from 'vitest';
import { renderTemplate, type Json } from '../../../src/lib/engine/template.ts';

/**
 * docker inspect --format's Go templates, for the forms the playground renders: a field, `json`,
 * `.` and `range`, printed as Go's text/template prints values (`map[a:1]`, `[a b]`, `<nil>`).
 */

const CONTAINER: Json = {
  Name: '/web',
  State: { Status: 'running', Running: true, ExitCode: 0, Pid: 1001 },
  Config: { Env: ['A=1', 'B=2'], Labels: { z: 'last', a: 'first' }, Cmd: null },
  NetworkSettings: { Networks: { bridge: { IPAddress: '172.17.0.2' }, app: { IPAddress: '172.18.0.2' } } },
};

const render = (template: string, value: Json = CONTAINER) => renderTemplate(template, value);

describe('renderTemplate renders', () => {
  it.each([
    ['{{.State.Status}}', 'running'],
    ['{{ .State.Status }} {{.State.ExitCode}} {{.State.Running}}', 'running 0 true'],
    ['status={{.State.Status}}!', 'status=running!'],
    ['no action at all', 'no action at all'],
    ['{{.Config.Env}}', '[A=1 B=2]'],
    ['{{.Config.Labels}}', 'map[a:first z:last]'],
    ['{{.Config.Cmd}}', '<nil>'],
    ['{{.State.Nope}}', '<no value>'],
    ['{{.Name.Deeper}}', '<no value>'],
    ['{{.Config.Env.Deeper}}', '<no value>'],
    ['{{json .Config.Labels}}', '{"z":"last","a":"first"}'],
    ['{{json .State.Nope}}', 'null'],
    ['{{json .Config.Env}}', '["A=1","B=2"]'],
  ])('%s as %j', (template, text) => {
    expect(render(template)).toEqual({ ok: true, text });
  });

  it('renders . as the whole value', () => {
    expect(render('{{.}}', 'plain')).toEqual({ ok: true, text: 'plain' });
    expect(render('{{.}}', { b: [1, null], a: { c: false } })).toEqual({
      ok: true,
      text: 'map[a:map[c:false] b:[1 <nil>]]',
    });
  });

  it('ranges over a map in key order, with its key and value', () => {
    expect(render('{{range $name, $net := .NetworkSettings.Networks}}{{$name}}={{$net}};{{end}}')).toEqual({
      ok: true,
      text: 'app=map[IPAddress:172.18.0.2];bridge=map[IPAddress:172.17.0.2];',
    });
    expect(render('{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{.IPAddress}}, {{end}}done')).toEqual({
      ok: true,
      text: 'app 172.18.0.2, bridge 172.17.0.2, done',
    });
  });

  it('ranges over a list with its index, and over each item as .', () => {
    expect(render('{{range $i, $e := .Config.Env}}{{$i}}:{{$e}} {{end}}')).toEqual({ ok: true, text: '0:A=1 1:B=2 ' });
    expect(render('{{range .Config.Env}}[{{.}}]{{end}}')).toEqual({ ok: true, text: '[A=1][B=2]' });
  });

  it('renders nothing for a range over nothing', () => {
    expect(render('a{{range .Config.Cmd}}x{{end}}b{{range .State.Nope}}y{{end}}c{{range .Name}}z{{end}}')).toEqual({
      ok: true,
      text: 'abc',
    });
  });
});

describe('renderTemplate refuses', () => {
  it('an action inside a range, naming the range body', () => {
    expect(render('{{range .Config.Env}}{{index . 0}}{{end}}')).toEqual({
      ok: false,
      error:
        'the playground renders only {{.Field}}, {{json .Field}} and {{range}}…{{end}} in templates, not: {{index . 0}}',
    });
  });

  it.each([
    '{{.State.Status',
    '{{if .State.Running}}up{{end}}',
    '{{range .Config.Env}}no end',
    '{{printf "%s" .Name}}',
    'a {{}} b',
  ])('%s, saying what it renders', (template) => {
    expect(render(template)).toEqual({
      ok: false,
      error: `the playground renders only {{.Field}}, {{json .Field}} and {{range}}…{{end}} in templates, not: ${template}`,
    });
  });
});
