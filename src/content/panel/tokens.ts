/**
 * The visual system's tokens for the meeting tab's shadow root, which cannot load the pages'
 * src/ui/components/tokens.css: the same names and values (tokens.test.ts keeps them equal).
 */
export const LIGHT: ReadonlyMap<string, string> = new Map([
  ['--cg-bg', '#ffffff'],
  ['--cg-surface', '#f5f6f8'],
  ['--cg-surface-2', '#e9ecf0'],
  ['--cg-text', '#1b1c1f'],
  ['--cg-text-muted', '#565b62'],
  ['--cg-border', '#c4c8ce'],
  ['--cg-border-strong', '#6f747b'],
  ['--cg-accent', '#1a5fb4'],
  ['--cg-on-accent', '#ffffff'],
  ['--cg-focus', '#1a5fb4'],
  ['--cg-sev-high', '#b3261e'],
  ['--cg-sev-high-bg', '#fce8e6'],
  ['--cg-sev-medium', '#8a4f00'],
  ['--cg-sev-medium-bg', '#fdf0d5'],
  ['--cg-sev-low', '#34528f'],
  ['--cg-sev-low-bg', '#e7edf9'],
  ['--cg-ok', '#1e6b2e'],
  ['--cg-ok-bg', '#e4f3e8'],
  ['--cg-space-1', '4px'],
  ['--cg-space-2', '8px'],
  ['--cg-space-3', '12px'],
  ['--cg-radius-sm', '4px'],
  ['--cg-radius', '8px'],
  ['--cg-shadow', '0 4px 16px rgba(0, 0, 0, 0.25)'],
  ['--cg-text-xs', '12px'],
  ['--cg-text-sm', '13px'],
  ['--cg-text-md', '14px'],
  ['--cg-weight-strong', '600'],
]);

export const DARK: ReadonlyMap<string, string> = new Map([
  ['--cg-bg', '#1b1c1f'],
  ['--cg-surface', '#25272b'],
  ['--cg-surface-2', '#303338'],
  ['--cg-text', '#e8e9eb'],
  ['--cg-text-muted', '#b0b5bc'],
  ['--cg-border', '#474b52'],
  ['--cg-border-strong', '#8d939b'],
  ['--cg-accent', '#a8c7fa'],
  ['--cg-on-accent', '#0b1d3a'],
  ['--cg-focus', '#a8c7fa'],
  ['--cg-sev-high', '#f2b8b5'],
  ['--cg-sev-high-bg', '#4a1c1a'],
  ['--cg-sev-medium', '#fdd663'],
  ['--cg-sev-medium-bg', '#3f3110'],
  ['--cg-sev-low', '#a8c7fa'],
  ['--cg-sev-low-bg', '#1d2b45'],
  ['--cg-ok', '#81c995'],
  ['--cg-ok-bg', '#17331f'],
  ['--cg-shadow', '0 4px 16px rgba(0, 0, 0, 0.6)'],
]);

const block = (tokens: ReadonlyMap<string, string>) => [...tokens].map(([k, v]) => `${k}: ${v};`).join(' ');

export const TOKENS_CSS = `
:host { ${block(LIGHT)} }
@media (prefers-color-scheme: dark) { :host { ${block(DARK)} } }
`;
