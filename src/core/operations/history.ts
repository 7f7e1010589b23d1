/**
 * Undo and redo over immutable snapshots: each recorded state is kept as is (operations
 * never mutate), labelled with what produced it ("Add actor Francisca Bostyn").
 */
export interface HistoryOptions {
  /** How many undo steps are kept; the oldest are dropped. Default 100. */
  readonly cap?: number;
}

interface Step<T> {
  readonly label: string;
  /** The state on the other side of the step. */
  readonly state: T;
}

export class History<T> {
  private current: T;
  private readonly past: Step<T>[] = [];
  private readonly future: Step<T>[] = [];
  private readonly cap: number;

  constructor(initial: T, options: HistoryOptions = {}) {
    this.current = initial;
    this.cap = Math.max(0, Math.floor(options.cap ?? 100));
  }

  get present(): T {
    return this.current;
  }

  /**
   * Makes `next` the present, undoable under `label`; clears the redo steps. Recording the
   * present itself (an operation that changed nothing) is ignored.
   */
  record(label: string, next: T): void {
    if (next === this.current) return;
    this.past.push({ label, state: this.current });
    if (this.past.length > this.cap) this.past.splice(0, this.past.length - this.cap);
    this.future.length = 0;
    this.current = next;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Label of the step {@link undo} would revert. */
  get undoLabel(): string | undefined {
    return this.past.at(-1)?.label;
  }

  /** Label of the step {@link redo} would replay. */
  get redoLabel(): string | undefined {
    return this.future.at(-1)?.label;
  }

  /** Reverts the last step and returns the new present, or `undefined` when there is none. */
  undo(): T | undefined {
    const step = this.past.pop();
    if (step === undefined) return undefined;
    this.future.push({ label: step.label, state: this.current });
    this.current = step.state;
    return this.current;
  }

  /** Replays the last undone step and returns the new present, or `undefined` when there is none. */
  redo(): T | undefined {
    const step = this.future.pop();
    if (step === undefined) return undefined;
    this.past.push({ label: step.label, state: this.current });
    this.current = step.state;
    return this.current;
  }

  /** Starts over from `state` with no undo or redo (the sidecar was reloaded from disk). */
  reset(state: T): void {
    this.current = state;
    this.past.length = 0;
    this.future.length = 0;
  }
}
