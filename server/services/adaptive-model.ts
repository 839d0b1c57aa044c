// Builds the adaptive engine's graph from the loaded content. Rebuilt only when the
// content version changes.
import { buildGraph, createModel, defaultParams, type Model, type Params } from '../adaptive/index.ts';
import type { Content } from './content.ts';
import { blindChoices } from './quiz-grading.ts';

/** `fitted`: what `npm run adaptive:fit` learned from stored events (adaptive-params.ts); defaults otherwise. */
export function modelFor(content: Content, fitted?: Partial<Params>): Model {
  const { curriculum, exercises } = content;
  const graph = buildGraph({
    topics: curriculum.topics.map(({ topic }) => ({
      id: topic.id, title: topic.title, level: topic.level, order: topic.order, prerequisites: topic.prerequisites,
      concepts: topic.concepts.map((c) => ({ id: c.id, title: c.title, ...(c.requires ? { requires: c.requires } : {}) })),
    })),
    exercises: exercises.map((e) => ({ id: e.id, topicId: e.topic, title: e.title, checks: e.checks.map((c) => ({ id: c.id, title: c.title, concepts: [...c.concepts] })) })),
    quizItems: curriculum.topics.flatMap(({ topic, quiz }) =>
      quiz.map((item) => {
        const options = blindChoices(item);
        return { id: item.id, topicId: topic.id, concepts: item.concepts, prompt: item.prompt, ...(options ? { options } : {}) };
      }),
    ),
    lessons: curriculum.topics.map(({ topic, lesson }) => ({ id: topic.id, topicId: topic.id, title: lesson.frontMatter.title, concepts: lesson.frontMatter.concepts })),
  });
  return createModel(graph, defaultParams(fitted ?? {}));
}
