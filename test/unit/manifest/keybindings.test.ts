/**
 * Marginalia's keybindings must not take a key VS Code already binds by default, on any of the
 * three platforms, whatever the `when` clause (a default bound only in the terminal or the
 * find widget is still a key its users press). The lists below are VS Code's default
 * keybindings with Ctrl+Alt, Cmd+Alt or Ctrl+Shift (and the Shift variants of those), as
 * VS Code 1.104 (macOS) and 1.134 (Windows) list them in their Default Keyboard Shortcuts; Linux
 * has Windows' list plus its own differences. Keys only the operating system takes
 * (GNOME's Ctrl+Alt+T, Ctrl+Alt+arrows; macOS' Cmd+Alt+D, Cmd+Alt+H, Cmd+Alt+M) are listed too.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Platform = 'windows' | 'linux' | 'mac';

const WINDOWS = `
ctrl+alt+up ctrl+alt+down ctrl+alt+left ctrl+alt+right ctrl+alt+enter ctrl+alt+backspace ctrl+alt+space
ctrl+alt+pageup ctrl+alt+pagedown ctrl+alt+home ctrl+alt+end ctrl+alt+escape ctrl+alt+. ctrl+alt+/
ctrl+alt+b ctrl+alt+c ctrl+alt+f ctrl+alt+g ctrl+alt+i ctrl+alt+o ctrl+alt+r ctrl+alt+v ctrl+alt+y
ctrl+alt+win+n ctrl+alt+win+/ alt+win+/ alt+win+j shift+alt+win+j
ctrl+k ctrl+alt+c ctrl+k ctrl+alt+s ctrl+k ctrl+alt+up ctrl+k ctrl+alt+down
ctrl+shift+alt+up ctrl+shift+alt+down ctrl+shift+alt+left ctrl+shift+alt+right ctrl+shift+alt+pageup
ctrl+shift+alt+pagedown ctrl+shift+alt+enter ctrl+shift+alt+\` ctrl+shift+alt+a ctrl+shift+alt+g
ctrl+shift+alt+l ctrl+shift+alt+o
ctrl+shift+a ctrl+shift+b ctrl+shift+c ctrl+shift+d ctrl+shift+e ctrl+shift+f ctrl+shift+g ctrl+shift+h
ctrl+shift+i ctrl+shift+j ctrl+shift+k ctrl+shift+l ctrl+shift+m ctrl+shift+n ctrl+shift+o ctrl+shift+p
ctrl+shift+q ctrl+shift+r ctrl+shift+s ctrl+shift+t ctrl+shift+u ctrl+shift+v ctrl+shift+w ctrl+shift+x
ctrl+shift+y ctrl+shift+z ctrl+shift+1 ctrl+shift+2 ctrl+shift+5 ctrl+shift+6 ctrl+shift+[ ctrl+shift+]
ctrl+shift+\\ ctrl+shift+; ctrl+shift+. ctrl+shift+, ctrl+shift+/ ctrl+shift+- ctrl+shift+= ctrl+shift+\`
ctrl+shift+up ctrl+shift+down ctrl+shift+left ctrl+shift+right ctrl+shift+home ctrl+shift+end
ctrl+shift+pageup ctrl+shift+pagedown ctrl+shift+enter ctrl+shift+backspace ctrl+shift+space ctrl+shift+tab
ctrl+shift+f2 ctrl+shift+f3 ctrl+shift+f5 ctrl+shift+f9 ctrl+shift+f12
`;

/** Where Linux differs from Windows, and GNOME's own Ctrl+Alt keys. */
const LINUX_ONLY = `
ctrl+alt+- ctrl+alt+meta+n ctrl+alt+meta+/ alt+meta+/ alt+meta+j shift+alt+meta+j ctrl+shift+alt+c
ctrl+alt+t ctrl+alt+d ctrl+alt+l ctrl+alt+delete
`;

const MAC = `
alt+cmd+. alt+cmd+backspace alt+cmd+b alt+cmd+c alt+cmd+f alt+cmd+i alt+cmd+k alt+cmd+l alt+cmd+o
alt+cmd+p alt+cmd+r alt+cmd+s alt+cmd+t alt+cmd+v alt+cmd+w alt+cmd+y alt+cmd+0 alt+cmd+/ alt+cmd+[
alt+cmd+] alt+cmd+up alt+cmd+down alt+cmd+left alt+cmd+right alt+cmd+pageup alt+cmd+pagedown
alt+cmd+enter alt+cmd+tab
cmd+k alt+cmd+c cmd+k alt+cmd+s cmd+k alt+cmd+up cmd+k alt+cmd+down cmd+k alt+cmd+left cmd+k alt+cmd+right
shift+alt+cmd+up shift+alt+cmd+down shift+alt+cmd+left shift+alt+cmd+right shift+alt+cmd+pageup
shift+alt+cmd+pagedown shift+alt+cmd+c shift+alt+cmd+l
ctrl+alt+left ctrl+alt+right ctrl+alt+backspace ctrl+alt+delete ctrl+alt+space ctrl+alt+enter
ctrl+alt+n ctrl+alt+p ctrl+alt+j ctrl+alt+r ctrl+alt+g ctrl+alt+/ ctrl+alt+home ctrl+alt+end
ctrl+alt+pageup ctrl+alt+pagedown ctrl+shift+alt+left ctrl+shift+alt+right ctrl+shift+alt+j ctrl+shift+alt+\`
ctrl+alt+cmd+home ctrl+alt+cmd+end ctrl+alt+cmd+up ctrl+alt+cmd+down ctrl+alt+cmd+pageup
ctrl+alt+cmd+pagedown ctrl+alt+cmd+right ctrl+alt+cmd+n ctrl+alt+cmd+/
ctrl+shift+a ctrl+shift+e ctrl+shift+g ctrl+shift+m ctrl+shift+q ctrl+shift+r ctrl+shift+left
ctrl+shift+right ctrl+shift+tab ctrl+shift+2 ctrl+shift+5 ctrl+shift+6 ctrl+shift+- ctrl+shift+\`
alt+cmd+d alt+cmd+h alt+cmd+m alt+cmd+space alt+cmd+escape
`;

/** One key press (or chord) written the same whatever the order of its modifiers. */
export function normalize(keys: string): string {
  const order = ['ctrl', 'shift', 'alt', 'cmd', 'meta', 'win'];
  return keys
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((press) => {
      const parts = press.split('+');
      // "ctrl++" style keys do not occur here; the last part is the key itself
      const key = parts.pop()!;
      return [...parts.sort((a, b) => order.indexOf(a) - order.indexOf(b)), key].join('+');
    })
    .join(' ');
}

/** The default bindings of a list above: chords are the two presses on one line, separated by one space after "ctrl+k"/"cmd+k". */
function defaults(list: string): Set<string> {
  const tokens = list.trim().split(/\s+/);
  const keys: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if ((token === 'ctrl+k' || token === 'cmd+k') && i + 1 < tokens.length) keys.push(`${token} ${tokens[++i]!}`);
    else keys.push(token);
  }
  return new Set(keys.map(normalize));
}

const DEFAULTS: Record<Platform, Set<string>> = {
  windows: defaults(WINDOWS),
  linux: new Set([...defaults(WINDOWS), ...defaults(LINUX_ONLY)]),
  mac: defaults(MAC),
};

interface Keybinding {
  readonly command: string;
  readonly key: string;
  readonly mac?: string;
  readonly linux?: string;
  readonly win?: string;
}

const manifest = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { contributes: { keybindings: Keybinding[] } };

function keyOn(binding: Keybinding, platform: Platform): string {
  const specific = platform === 'mac' ? binding.mac : platform === 'linux' ? binding.linux : binding.win;
  return normalize(specific ?? binding.key);
}

describe('keybindings of the manifest', () => {
  it('take no key VS Code binds by default on Windows, Linux or macOS', () => {
    const taken = (['windows', 'linux', 'mac'] as const).flatMap((platform) =>
      manifest.contributes.keybindings.filter((b) => DEFAULTS[platform].has(keyOn(b, platform))).map((b) => `${platform}: ${keyOn(b, platform)} (${b.command})`),
    );
    assert.deepEqual(taken, []);
  });

  it('give each command its own key on every platform', () => {
    for (const platform of ['windows', 'linux', 'mac'] as const) {
      const keys = manifest.contributes.keybindings.map((b) => keyOn(b, platform));
      assert.equal(new Set(keys).size, keys.length, `${platform}: ${keys.join(', ')}`);
    }
  });

  it('would catch the keys that used to shadow VS Code (the list is read as VS Code writes keys)', () => {
    assert.ok(DEFAULTS.windows.has(normalize('ctrl+alt+up')), 'Add Cursor Above on Windows');
    assert.ok(DEFAULTS.mac.has(normalize('cmd+alt+t')), 'Close Other Editors on macOS');
    assert.ok(DEFAULTS.linux.has(normalize('ctrl+shift+up')), 'Linux has Windows’ list');
    assert.equal(normalize('shift+ctrl+Alt+Z'), 'ctrl+shift+alt+z');
  });
});
