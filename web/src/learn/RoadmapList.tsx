// The roadmap as a plain list: the accessible twin of the graph, grouped by level.
import { Link } from 'react-router';
import { masteryIcon, masteryLabel, percent, topicLevelLabel } from './mastery.ts';
import type { TopicRow } from './roadmapModel.ts';

export function RoadmapList({ rows }: { rows: TopicRow[] }) {
  const titles = new Map(rows.map((r) => [r.topic.id, r.topic.title]));
  return (
    <div className="roadmap-list">
      {(['core', 'advanced'] as const).map((level) => {
        const group = rows.filter((r) => r.topic.level === level);
        if (group.length === 0) return null;
        return (
          <section key={level} aria-labelledby={`list-${level}`}>
            <h2 id={`list-${level}`}>{topicLevelLabel[level]} topics</h2>
            <ol className="topic-list">
              {group.map(({ topic, mastery, mean, goal }) => (
                <li key={topic.id} className={`topic-row mastery-${mastery}`}>
                  <div className="topic-row-main">
                    <Link to={`/topics/${topic.id}`} className="topic-link">{topic.title}</Link>
                    {goal && <span className="tag tag-goal">Your goal</span>}
                    <p className="topic-meta">
                      <span className="tag">{topicLevelLabel[topic.level]}</span>{' '}
                      <span className={`mastery mastery-${mastery}`}>
                        <span aria-hidden="true">{masteryIcon[mastery]} </span>Mastery: {masteryLabel[mastery]} ({percent(mean)})
                      </span>
                    </p>
                    <p className="topic-summary">{topic.summary}</p>
                    {topic.prerequisites.length > 0 && (
                      <p className="hint">Builds on: {topic.prerequisites.map((p) => titles.get(p) ?? p).join(', ')}</p>
                    )}
                  </div>
                  <p className="links">
                    <Link to={`/topics/${topic.id}`} aria-label={`Lesson: ${topic.title}`}>Lesson</Link>
                    {topic.quizItems > 0 && <Link to={`/topics/${topic.id}/quiz`} aria-label={`Quiz: ${topic.title}`}>Quiz</Link>}
                    {topic.exercises.length > 0 && (
                      <Link to={`/exercises/${topic.exercises[0]!.id}`} aria-label={`First exercise: ${topic.exercises[0]!.title}`}>
                        {topic.exercises.length} exercise{topic.exercises.length === 1 ? '' : 's'}
                      </Link>
                    )}
                  </p>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
