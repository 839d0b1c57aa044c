import { lazy, Suspense, useMemo, useState } from 'react';
import { MasteryLegend } from '../learn/Legend.tsx';
import { RoadmapList } from '../learn/RoadmapList.tsx';
import { topicRows } from '../learn/roadmapModel.ts';
import { ErrorState, Loading } from '../learn/Status.tsx';
import { useRequest } from '../learn/useRequest.ts';
import type { ProgressResponse, RoadmapResponse } from '../learn/types.ts';

const RoadmapGraph = lazy(() => import('../learn/RoadmapGraph.tsx'));

export function Roadmap() {
  const roadmap = useRequest<RoadmapResponse>('/api/roadmap');
  const progress = useRequest<ProgressResponse>('/api/progress');
  const [view, setView] = useState<'map' | 'list'>('map');
  const rows = useMemo(() => (roadmap.data ? topicRows(roadmap.data, progress.data) : []), [roadmap.data, progress.data]);

  return (
    <section aria-labelledby="roadmap-title" className="roadmap">
      <h1 id="roadmap-title">{roadmap.data?.roadmap.title ?? 'Roadmap'}</h1>
      {roadmap.status === 'loading' ? (
        <Loading label="Loading the roadmap…" />
      ) : roadmap.status === 'error' ? (
        <ErrorState error={roadmap.error} onRetry={roadmap.reload} title="The roadmap did not load" />
      ) : (
        <>
          <p>Each box is a topic; arrows point from what to learn first. Open any topic to read its lesson.</p>
          {progress.status === 'loading' && <Loading label="Loading your mastery…" />}
          {progress.status === 'error' && <ErrorState error={progress.error} onRetry={progress.reload} title="Your mastery did not load, so every topic shows as not started" />}
          <div className="view-switch" role="group" aria-label="Show the roadmap as">
            <button type="button" aria-pressed={view === 'map'} onClick={() => setView('map')}>Map</button>
            <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>List</button>
          </div>
          {view === 'map' ? (
            <>
              <MasteryLegend />
              <Suspense fallback={<Loading label="Drawing the map…" />}>
                <RoadmapGraph rows={rows} />
              </Suspense>
              <p className="hint">Prefer text? <button type="button" className="link-button" onClick={() => setView('list')}>Show the roadmap as a list</button>.</p>
            </>
          ) : (
            <RoadmapList rows={rows} />
          )}
        </>
      )}
    </section>
  );
}
