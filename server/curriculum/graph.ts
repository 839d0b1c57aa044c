// Cycle detection for the topic and concept graphs. A cycle is reported as the list of
// its nodes starting from the smallest id, so the same cycle is named the same way no
// matter where the search entered it.

export function findCycles(nodes: Iterable<string>, edges: (node: string) => readonly string[]): string[][] {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const cycles = new Map<string, string[]>();

  const visit = (node: string): void => {
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of edges(node)) {
      const seen = state.get(next);
      if (seen === 'visiting') {
        const cycle = canonical(stack.slice(stack.indexOf(next)));
        cycles.set(cycle.join('>'), cycle);
      } else if (seen === undefined) {
        visit(next);
      }
    }
    stack.pop();
    state.set(node, 'done');
  };

  for (const node of [...nodes].sort()) if (!state.has(node)) visit(node);
  return [...cycles.values()];
}

function canonical(cycle: string[]): string[] {
  const start = cycle.indexOf([...cycle].sort()[0]!);
  return [...cycle.slice(start), ...cycle.slice(0, start)];
}

/** `a → b → c → a` */
export function formatCycle(cycle: readonly string[]): string {
  return [...cycle, cycle[0]].join(' → ');
}

/** Every node reachable from `start` (not including it unless it is on a cycle). */
export function reachable(start: string, edges: (node: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...edges(start)];
  while (todo.length > 0) {
    const node = todo.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    todo.push(...edges(node));
  }
  return seen;
}
