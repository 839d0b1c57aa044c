import { MASTERY_LEVELS, masteryColour, masteryIcon, masteryLabel } from './mastery.ts';

export function MasteryLegend() {
  return (
    <div className="legend" role="group" aria-label="Legend">
      <ul>
        {MASTERY_LEVELS.map((level) => (
          <li key={level}>
            <span className="swatch" aria-hidden="true" style={{ background: masteryColour[level].fill, borderColor: masteryColour[level].stroke }}>
              {masteryIcon[level]}
            </span>
            {masteryLabel[level]}
          </li>
        ))}
        <li><span className="swatch swatch-line" aria-hidden="true" /> Core topic (solid border)</li>
        <li><span className="swatch swatch-dashed" aria-hidden="true" /> Advanced topic (dashed border)</li>
        <li><span className="swatch swatch-arrow" aria-hidden="true">→</span> Arrow: prerequisite, learn it first</li>
      </ul>
    </div>
  );
}
