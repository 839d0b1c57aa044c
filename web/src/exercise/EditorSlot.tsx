// Loads CodeMirror in its own chunk; while it loads the code is shown read-only, and if the
// chunk fails the learner gets a plain text box instead of a blank space.
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { PlainEditor } from './PlainEditor.tsx';
import type { EditorProps } from './types.ts';

const Editor = lazy(() => import('./Editor.tsx'));

class Boundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function EditorSlot(props: EditorProps) {
  const plain = (
    <>
      <p className="notice notice-error" role="alert">The code editor could not load, so here is a plain text box. Reload the page to try again.</p>
      <PlainEditor {...props} />
    </>
  );
  const loading = (
    <div className="editor-loading" aria-busy="true">
      <p role="status">Loading the editor…</p>
      <pre aria-hidden="true">{props.initialCode}</pre>
    </div>
  );
  return (
    <Boundary fallback={plain}>
      <Suspense fallback={loading}>
        <Editor {...props} />
      </Suspense>
    </Boundary>
  );
}
