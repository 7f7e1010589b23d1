/**
 * brat standoff (`.ann`) as plain records, without any meaning attached to the types.
 * Offsets are UTF-16 code units into the text, end exclusive (see model.ts).
 */

export interface StandoffTextBound {
  readonly kind: 'T';
  readonly id: string;
  readonly type: string;
  /** One fragment, or several for a discontinuous span, in ascending order. */
  readonly fragments: readonly { readonly start: number; readonly end: number }[];
  readonly text: string;
}

export interface StandoffRelation {
  readonly kind: 'R';
  readonly id: string;
  readonly type: string;
  readonly arg1: string;
  readonly arg2: string;
}

export interface StandoffAttribute {
  readonly kind: 'A';
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly value?: string;
}

export interface StandoffNote {
  readonly kind: '#';
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly text: string;
}

/** `N1\tReference T1 Wikidata:Q42\tDouglas Adams`: the target linked to an entry of a database. */
export interface StandoffNormalization {
  readonly kind: 'N';
  readonly id: string;
  readonly type: string;
  readonly target: string;
  /** The database (`Wikidata`, `GeoNames`…) and the entry's id in it. */
  readonly database: string;
  readonly entry: string;
  /** The entry's name, as brat shows it. */
  readonly text: string;
}

/** `E1\tAttack:T1 Attacker:T2 Target:T3`: an event, its trigger and its role arguments. */
export interface StandoffEvent {
  readonly kind: 'E';
  readonly id: string;
  readonly type: string;
  readonly trigger: string;
  readonly args: readonly { readonly role: string; readonly target: string }[];
}

/** `*\tEquiv T1 T2 T3`: an equivalence of annotations (brat gives these no id). */
export interface StandoffEquivalence {
  readonly kind: '*';
  readonly id: '*';
  readonly type: string;
  readonly targets: readonly string[];
}

export type StandoffRecord =
  | StandoffTextBound
  | StandoffRelation
  | StandoffAttribute
  | StandoffNote
  | StandoffNormalization
  | StandoffEvent
  | StandoffEquivalence;

export interface StandoffProblem {
  /** 1-based line in the `.ann` file. */
  readonly line: number;
  readonly message: string;
}

export interface ParsedStandoff {
  readonly records: readonly StandoffRecord[];
  /** Lines that are not blank: each is a record or a malformed line (a problem). */
  readonly lines: number;
  readonly problems: readonly StandoffProblem[];
}

/**
 * Parses a `.ann` file (a leading BOM is skipped, CRLF is read as LF); lines it does not
 * understand are reported, not thrown. An id used twice is reported too; both records are kept.
 */
export function parseStandoff(source: string): ParsedStandoff {
  const records: StandoffRecord[] = [];
  const problems: StandoffProblem[] = [];
  const lines = source.replace(/^\uFEFF/u, '').split(/\r?\n/);
  const firstLineOf = new Map<string, number>();
  let nonBlank = 0;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    nonBlank++;
    const record = parseLine(line);
    if (typeof record === 'string') {
      problems.push({ line: index + 1, message: record });
      return;
    }
    records.push(record);
    if (record.kind === '*') return;
    const first = firstLineOf.get(record.id);
    if (first === undefined) firstLineOf.set(record.id, index + 1);
    else problems.push({ line: index + 1, message: `duplicate id ${record.id} (first on line ${first}): both are read; references to ${record.id} mean the first` });
  });
  return { records, lines: nonBlank, problems };
}

function parseLine(line: string): StandoffRecord | string {
  const [id = '', head = '', ...rest] = line.split('\t');
  switch (id[0]) {
    case 'T': {
      const match = /^(\S+) (.+)$/.exec(head);
      if (!match) return `malformed text-bound annotation: ${line}`;
      const fragments = match[2]!.split(';').map((pair) => pair.trim().split(' ').map(Number));
      if (fragments.some((f) => f.length !== 2 || f.some((n) => !Number.isInteger(n) || n < 0) || f[0]! > f[1]!)) {
        return `malformed offsets in ${id}: ${match[2]}`;
      }
      return {
        kind: 'T',
        id,
        type: match[1]!,
        fragments: fragments.map(([start, end]) => ({ start: start!, end: end! })),
        text: rest.join('\t'),
      };
    }
    case 'R': {
      const match = /^(\S+) Arg1:(\S+) Arg2:(\S+)$/.exec(head);
      if (!match) return `malformed relation: ${line}`;
      return { kind: 'R', id, type: match[1]!, arg1: match[2]!, arg2: match[3]! };
    }
    case 'A':
    case 'M': {
      const [type, target, value] = head.split(' ');
      if (!type || !target) return `malformed attribute: ${line}`;
      return value === undefined ? { kind: 'A', id, type, target } : { kind: 'A', id, type, target, value };
    }
    case '#': {
      const [type, target] = head.split(' ');
      if (!type || !target) return `malformed note: ${line}`;
      return { kind: '#', id, type, target, text: rest.join('\t') };
    }
    case 'N': {
      const match = /^(\S+) (\S+) ([^:\s]+):(\S+)$/.exec(head);
      if (!match) return `malformed normalization: ${line}`;
      return { kind: 'N', id, type: match[1]!, target: match[2]!, database: match[3]!, entry: match[4]!, text: rest.join('\t') };
    }
    case 'E': {
      const [trigger = '', ...args] = head.split(' ').filter((part) => part !== '');
      const roles = args.map((arg) => /^([^:]+):(\S+)$/.exec(arg));
      const triggerMatch = /^([^:]+):(\S+)$/.exec(trigger);
      if (!triggerMatch || roles.some((r) => !r)) return `malformed event: ${line}`;
      return { kind: 'E', id, type: triggerMatch[1]!, trigger: triggerMatch[2]!, args: roles.map((r) => ({ role: r![1]!, target: r![2]! })) };
    }
    case '*': {
      const [type, ...targets] = head.split(' ').filter((part) => part !== '');
      if (id !== '*' || !type || targets.length < 2) return `malformed equivalence: ${line}`;
      return { kind: '*', id: '*', type, targets };
    }
    default:
      return `unknown annotation line: ${line}`;
  }
}

/** Writes records in brat's line format; the covered-text column joins fragments with one space. */
export function formatStandoff(records: readonly StandoffRecord[]): string {
  return records.map(formatRecord).join('');
}

function formatRecord(record: StandoffRecord): string {
  switch (record.kind) {
    case 'T': {
      const offsets = record.fragments.map((f) => `${f.start} ${f.end}`).join(';');
      return `${record.id}\t${record.type} ${offsets}\t${record.text}\n`;
    }
    case 'R':
      return `${record.id}\t${record.type} Arg1:${record.arg1} Arg2:${record.arg2}\n`;
    case 'A':
      return `${record.id}\t${record.type} ${record.target}${record.value === undefined ? '' : ' ' + record.value}\n`;
    case '#':
      return `${record.id}\t${record.type} ${record.target}\t${record.text}\n`;
    case 'N':
      return `${record.id}\t${record.type} ${record.target} ${record.database}:${record.entry}\t${record.text}\n`;
    case 'E':
      return `${record.id}\t${[`${record.type}:${record.trigger}`, ...record.args.map((a) => `${a.role}:${a.target}`)].join(' ')}\n`;
    case '*':
      return `*\t${record.type} ${record.targets.join(' ')}\n`;
  }
}
