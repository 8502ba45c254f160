import type { MermaidConfig } from 'mermaid';

/** The two colour schemes every diagram is rendered in, as a closed set. */
export const DIAGRAM_SCHEMES = ['light', 'dark'] as const;
export type DiagramScheme = (typeof DIAGRAM_SCHEMES)[number];

/**
 * Arial first: on build machines it resolves to Liberation Sans, which has Arial's metrics, so
 * label boxes measured at build time fit the text readers see (`.ci/run` installs fonts-liberation).
 */
const FONT_FAMILY = 'Arial, Helvetica, "Liberation Sans", sans-serif';

const shared = {
  startOnLoad: false,
  securityLevel: 'strict',
  theme: 'base',
  // Pure SVG <text> labels: no <foreignObject> HTML inside the SVG.
  htmlLabels: false,
  flowchart: { htmlLabels: false, curve: 'basis' },
  // Narrower actors and gaps keep five-participant sequences within the content column.
  sequence: { mirrorActors: false, actorMargin: 30, width: 120, boxMargin: 8, noteMargin: 8 },
  fontFamily: FONT_FAMILY,
} satisfies MermaidConfig;

/**
 * Mermaid configuration per scheme. Mermaid takes plain colour values, so the palette is written
 * here; the colours that stand for a design token of src/styles/tokens.css (background, text,
 * accent, soft panels) are held equal to it by tests/unit/diagram-palette.test.ts. Text colours
 * keep at least 4.5:1 against their fills.
 */
export const DIAGRAM_CONFIGS: Readonly<Record<DiagramScheme, MermaidConfig>> = {
  light: {
    ...shared,
    themeVariables: {
      darkMode: false,
      fontFamily: FONT_FAMILY,
      fontSize: '15px',
      background: '#ffffff',
      primaryColor: '#e8f0fe',
      primaryBorderColor: '#1d4fd7',
      primaryTextColor: '#0b1a33',
      secondaryColor: '#eef6ee',
      secondaryBorderColor: '#2f7a3a',
      secondaryTextColor: '#0d2410',
      tertiaryColor: '#fff6e5',
      tertiaryBorderColor: '#9a5b00',
      tertiaryTextColor: '#2b1a00',
      lineColor: '#4b5563',
      textColor: '#1f2328',
      edgeLabelBackground: '#ffffff',
      clusterBkg: '#f6f8fa',
      clusterBorder: '#8c959f',
      noteBkgColor: '#fff6e5',
      noteTextColor: '#1f2328',
      noteBorderColor: '#9a5b00',
      actorBkg: '#e8f0fe',
      actorBorder: '#1d4fd7',
      actorTextColor: '#0b1a33',
      actorLineColor: '#6e7781',
      signalColor: '#1f2328',
      signalTextColor: '#1f2328',
      labelBoxBkgColor: '#e8f0fe',
      labelBoxBorderColor: '#1d4fd7',
      labelTextColor: '#0b1a33',
      loopTextColor: '#1f2328',
      activationBkgColor: '#dbe7ff',
      activationBorderColor: '#1d4fd7',
    },
  },
  dark: {
    ...shared,
    themeVariables: {
      darkMode: true,
      fontFamily: FONT_FAMILY,
      fontSize: '15px',
      background: '#0d1117',
      primaryColor: '#16284a',
      primaryBorderColor: '#79a8ff',
      primaryTextColor: '#e6edf3',
      secondaryColor: '#14301b',
      secondaryBorderColor: '#6cc47a',
      secondaryTextColor: '#e6edf3',
      tertiaryColor: '#33260d',
      tertiaryBorderColor: '#e3a53c',
      tertiaryTextColor: '#f3e9d8',
      lineColor: '#a3adb8',
      textColor: '#e6edf3',
      edgeLabelBackground: '#0d1117',
      clusterBkg: '#151b23',
      clusterBorder: '#6e7781',
      noteBkgColor: '#33260d',
      noteTextColor: '#f3e9d8',
      noteBorderColor: '#e3a53c',
      actorBkg: '#16284a',
      actorBorder: '#79a8ff',
      actorTextColor: '#e6edf3',
      actorLineColor: '#8b949e',
      signalColor: '#e6edf3',
      signalTextColor: '#e6edf3',
      labelBoxBkgColor: '#16284a',
      labelBoxBorderColor: '#79a8ff',
      labelTextColor: '#e6edf3',
      loopTextColor: '#e6edf3',
      activationBkgColor: '#1f3966',
      activationBorderColor: '#79a8ff',
    },
  },
};
