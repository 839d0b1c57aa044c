// One quiz item of any kind, answered once, with the explanation right after the answer.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ApiError } from '../api/client.ts';
import { asApiError } from './useRequest.ts';
import { InlineText } from './Status.tsx';
import type { AnswerResult, QuizAnswer, QuizItem } from './types.ts';

export interface QuizItemCardProps {
  item: QuizItem;
  /** Marks the answer on the server (topic quiz, review, placement…). */
  submit: (answer: QuizAnswer) => Promise<AnswerResult>;
  onAnswered?: (result: AnswerResult) => void;
  /** Shown above the prompt, e.g. "Question 2 of 5". */
  label?: string;
  /** Heading level of the prompt inside the page outline. */
  headingLevel?: 2 | 3;
  autoFocus?: boolean;
}

const kindHelp: Record<string, string> = {
  single: 'Choose one answer.',
  multiple: 'Choose every answer that applies.',
  short: 'Type a short answer.',
  output: 'Type exactly what the code prints, one line per line of output.',
};

export function QuizItemCard({ item, submit, onAnswered, label, headingLevel = 2, autoFocus }: QuizItemCardProps) {
  const uid = useId();
  const [chosen, setChosen] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [result, setResult] = useState<AnswerResult>();
  const [alreadyAnswered, setAlreadyAnswered] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const firstInput = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const options = item.options ?? [];
  const choice = options.length > 0;
  const multiple = item.kind === 'multiple';
  const answered = result !== undefined || alreadyAnswered;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const promptId = `${uid}-prompt`;
  const helpId = `${uid}-help`;

  useEffect(() => {
    if (autoFocus) firstInput.current?.focus();
  }, [autoFocus, item.id]);
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const ready = choice ? chosen.length > 0 : text.trim().length > 0;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!ready || busy || answered) return;
    setBusy(true);
    setError(undefined);
    try {
      const marked = await submit(choice ? { optionIds: chosen } : { text });
      setResult(marked);
      onAnswered?.(marked);
    } catch (caught) {
      const apiError = asApiError(caught);
      if (apiError.code === 'QUIZ_ALREADY_ANSWERED') setAlreadyAnswered(true);
      setError(apiError);
    } finally {
      setBusy(false);
    }
  }

  const solutionIds = result && 'optionIds' in result.solution ? result.solution.optionIds : [];
  const accepted = result && 'accepted' in result.solution ? result.solution.accepted : [];
  const feedbackFor = (optionId: string) => result?.feedback?.find((f) => f.optionId === optionId)?.text;

  return (
    <article className={`quiz-item${result ? (result.correct ? ' is-correct' : ' is-wrong') : ''}`} aria-labelledby={promptId}>
      {label && <p className="quiz-label">{label}</p>}
      <form onSubmit={onSubmit} noValidate>
        <Heading id={promptId} className="quiz-prompt"><InlineText text={item.prompt} /></Heading>
        {item.code && (
          <pre className="quiz-code" aria-label="Code"><code>{item.code}</code></pre>
        )}
        <p id={helpId} className="hint">{kindHelp[item.kind] ?? 'Answer the question.'}</p>
        {choice ? (
          <fieldset className="quiz-options" aria-labelledby={promptId} aria-describedby={helpId} disabled={answered || busy}>
            {options.map((option, i) => {
              const id = `${uid}-${option.id}`;
              const picked = chosen.includes(option.id);
              const right = solutionIds.includes(option.id);
              const note = feedbackFor(option.id);
              return (
                <div key={option.id} className={`quiz-option${result ? (right ? ' right' : picked ? ' wrong' : '') : ''}`}>
                  <input
                    ref={i === 0 ? firstInput : undefined}
                    id={id}
                    type={multiple ? 'checkbox' : 'radio'}
                    name={`${uid}-answer`}
                    value={option.id}
                    checked={picked}
                    disabled={answered || busy}
                    onChange={(e) =>
                      setChosen((now) => (multiple ? (e.target.checked ? [...now, option.id] : now.filter((x) => x !== option.id)) : [option.id]))
                    }
                  />
                  <label htmlFor={id}>
                    <InlineText text={option.text} />
                    {result && right && <span className="tag tag-right"> ✓ Correct answer</span>}
                    {result && picked && !right && <span className="tag tag-wrong"> ✗ Your answer</span>}
                    {result && picked && right && <span className="visually-hidden"> (your answer)</span>}
                  </label>
                  {note && <p className="option-feedback">{note}</p>}
                </div>
              );
            })}
          </fieldset>
        ) : item.kind === 'output' ? (
          <>
            <label htmlFor={`${uid}-text`}>What it prints</label>
            <textarea ref={firstInput} id={`${uid}-text`} className="mono" rows={3} value={text} disabled={answered || busy}
              onChange={(e) => setText(e.target.value)} aria-describedby={helpId} spellCheck={false} autoCapitalize="off" autoCorrect="off" />
          </>
        ) : (
          <>
            <label htmlFor={`${uid}-text`}>Your answer</label>
            <input ref={firstInput} id={`${uid}-text`} type="text" value={text} disabled={answered || busy}
              onChange={(e) => setText(e.target.value)} aria-describedby={helpId} spellCheck={false} autoCapitalize="off" autoCorrect="off" />
          </>
        )}
        {!answered && (
          <button type="submit" disabled={!ready || busy} aria-busy={busy}>{busy ? 'Checking…' : 'Check answer'}</button>
        )}
      </form>
      {error && (
        <p role="alert" className="form-error">
          {error.code === 'QUIZ_ALREADY_ANSWERED' ? 'You already answered this question here, so it was not marked again.' : error.message}
        </p>
      )}
      <div aria-live="polite">
        {result && (
          <div className="quiz-result" ref={resultRef} tabIndex={-1}>
            <p className={`verdict ${result.correct ? 'verdict-right' : 'verdict-wrong'}`}>
              <span aria-hidden="true">{result.correct ? '✓ ' : '✗ '}</span>
              {result.correct ? 'Correct.' : 'Not quite.'}
            </p>
            {!choice && accepted.length > 0 && (
              <div className="accepted">
                {item.kind === 'output' ? (
                  <>
                    <p>It prints:</p>
                    <pre className="quiz-code"><code>{accepted.join('\n')}</code></pre>
                  </>
                ) : (
                  <p>Accepted: {accepted.map((a, i) => <span key={a}>{i > 0 && ', '}<code>{a}</code></span>)}</p>
                )}
              </div>
            )}
            <p className="explanation"><InlineText text={result.explanation} /></p>
          </div>
        )}
      </div>
    </article>
  );
}
