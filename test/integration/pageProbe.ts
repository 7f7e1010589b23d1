// What the workbench renders, read in the page through the runner's probe (scripts/lib/page-probe.mjs).

/** True when the runner exposes the page (the code-server runner; not the electron one). */
export function pageProbeAvailable(): boolean {
  return Boolean(process.env.MARGINALIA_PAGE_PROBE);
}

/** Asks the runner's probe to evaluate an expression (`/evaluate`: the page; `/evaluate-in-frames`: every frame). */
async function askProbe<T>(route: string, expression: string): Promise<T> {
  const probe = process.env.MARGINALIA_PAGE_PROBE;
  if (!probe) throw new Error('no page probe (MARGINALIA_PAGE_PROBE): run the code-server runner');
  const response = await fetch(`${probe}${route}`, { method: 'POST', body: expression });
  const answer = (await response.json()) as { value?: T; error?: string };
  if (!response.ok) throw new Error(`the page probe failed: ${answer.error ?? response.status}`);
  return answer.value as T;
}

/** Evaluates a JavaScript expression in the workbench page and returns its JSON value. */
export function evaluateInPage<T>(expression: string): Promise<T> {
  return askProbe<T>('/evaluate', expression);
}

/**
 * Evaluates an expression in every frame of the page (webviews are nested frames of another
 * origin) and returns the first value other than null or undefined, or null.
 */
export async function evaluateInFrames<T>(expression: string): Promise<T | null> {
  return (await askProbe<T | null>('/evaluate-in-frames', expression)) ?? null;
}

/** One row of a tree view as rendered: its position, depth, label, description and codicon. */
export interface RenderedRow {
  readonly index: number;
  readonly level: number;
  readonly label: string;
  readonly description: string;
  readonly icon: string;
  readonly expanded?: boolean;
}

/**
 * The rows a tree view shows now, in order (only those in the scrolled window: the list is
 * virtual). `container` is the id of the part that holds the view, e.g. the view container's
 * `workbench.view.extension.<id>`.
 */
export function renderedRows(container: string): Promise<RenderedRow[]> {
  return evaluateInPage<RenderedRow[]>(`(() => {
    const root = document.getElementById(${JSON.stringify(container)});
    if (!root) return [];
    return [...root.querySelectorAll('.monaco-list-row[role="treeitem"]')].map((row) => {
      const icon = row.querySelector('.custom-view-tree-node-item-icon');
      const codicon = icon ? [...icon.classList].find((c) => c.startsWith('codicon-')) : undefined;
      const expanded = row.getAttribute('aria-expanded');
      return {
        index: Number(row.getAttribute('data-index')),
        level: Number(row.getAttribute('aria-level')),
        label: row.querySelector('.label-name')?.textContent ?? '',
        description: row.querySelector('.label-description')?.textContent ?? '',
        icon: codicon ? codicon.slice('codicon-'.length) : '',
        ...(expanded === null ? {} : { expanded: expanded === 'true' }),
      };
    }).sort((a, b) => a.index - b.index);
  })()`);
}

/**
 * The rows of the quick pick showing now, when its title matches: the widget keeps the rows of
 * the last picker in the page after it hides, and a slow host renders a new picker late, so rows
 * read without both checks can be another picker's.
 */
export async function quickPickRowsTitled(title: RegExp): Promise<string[] | undefined> {
  const shown = await evaluateInPage<{ title: string; rows: string[] } | null>(`(() => {
    const widget = document.querySelector('.quick-input-widget');
    if (!widget || widget.style.display === 'none' || widget.offsetParent === null) return null;
    const title = widget.querySelector('.quick-input-title')?.textContent ?? '';
    const rows = [...widget.querySelectorAll('.quick-input-list .monaco-list-row')].map((row) => row.getAttribute('aria-label') ?? row.textContent ?? '');
    return { title, rows };
  })()`);
  return shown && title.test(shown.title) && shown.rows.length > 0 ? shown.rows : undefined;
}
