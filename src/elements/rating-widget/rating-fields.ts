import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { RatingValue } from './events.js';
import type { MapRatingWidgetElement, RatingMode } from './rating-widget.js';
import { COMMENT_LIMIT } from '../../storage/limits.js';

type Translate = MapRatingWidgetElement['t'];

const STARS = [1, 2, 3, 4, 5] as const;
const ANSWERS = ['yes', 'no'] as const;
const STAR_PATH =
  'M12 2.5l2.94 5.96 6.58.96-4.76 4.64 1.12 6.55L12 17.52l-5.88 3.09 1.12-6.55L2.48 9.42l6.58-.96z';

/** `raw` as a rating valid in `mode`, or undefined. */
export function toRating(mode: RatingMode, raw: unknown): RatingValue | undefined {
  if (mode === 'useful') return raw === 'yes' || raw === 'no' ? raw : undefined;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() ? Number(raw) : NaN;
  return (STARS as readonly number[]).includes(n) ? (n as RatingValue) : undefined;
}

/** "1 star", "4 stars". */
function starName(t: Translate, n: number): string {
  return t(n === 1 ? 'rating.star' : 'rating.stars', { n });
}

/** What to fix before the rating can be sent or the form submitted, in the page's language. */
export interface Problems {
  rating?: string;
  comment?: string;
}

/**
 * What is wrong with the answer as it stands: no choice made when one is `needed`, or a comment
 * (`undefined` when there is no comment box) longer than COMMENT_LIMIT.
 */
export function ratingProblems(
  t: Translate,
  { mode, rating, needed, comment }: { mode: RatingMode; rating: RatingValue | undefined; needed: boolean; comment: string | undefined },
): Problems {
  const problems: Problems = {};
  if (needed && rating === undefined) problems.rating = t(mode === 'stars' ? 'rating.missing.stars' : 'rating.missing.useful');
  if (comment !== undefined && comment.length > COMMENT_LIMIT) problems.comment = t('rating.commentTooLong', { max: COMMENT_LIMIT });
  return problems;
}

/** A message saying what to fix, for the control that `id` describes. */
function errorMessageTemplate(t: Translate, id: string, message: string): TemplateResult {
  return html`<p class="error-message" id=${id} part="error-message">
    <span class="visually-hidden">${t('rating.errorPrefix')}</span> ${message}
  </p>`;
}

export interface FieldsOptions {
  mode: RatingMode;
  /** The question: the page's own, or the mode's. */
  legend: string;
  /** The problems to show (none until the person has tried to send). */
  problems: Problems;
  /** The rating chosen, if any. */
  rating: RatingValue | undefined;
  /** The comment typed so far; `undefined` when there is no comment box. */
  comment: string | undefined;
  disabled: boolean;
  choose: (rating: RatingValue) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onInput: (comment: string) => void;
}

/** The choices in their fieldset, with the comment box when there is one. */
export function fieldsTemplate(t: Translate, options: FieldsOptions): TemplateResult {
  const { mode, problems, comment } = options;
  return html`<fieldset
      class="fieldset ${problems.rating ? 'has-error' : ''}"
      part="fieldset"
      aria-describedby=${ifDefined(problems.rating ? 'rating-error' : undefined)}
      ?disabled=${options.disabled}
    >
      <legend class="legend" part="legend">${options.legend}</legend>
      ${problems.rating ? errorMessageTemplate(t, 'rating-error', problems.rating) : nothing}
      <div class="options options--${mode}" part="options">
        ${choicesTemplate(t, options)}
      </div>
    </fieldset>
    ${comment === undefined ? nothing : commentTemplate(t, comment, problems.comment, options)}`;
}

/** One choice's radio button; all the choices share the name `rating`. */
function radio(className: string, value: string, checked: boolean, onChange: () => void, onKeydown: (event: KeyboardEvent) => void): TemplateResult {
  return html`<input
    class=${className}
    type="radio"
    name="rating"
    .value=${value}
    .checked=${live(checked)}
    @change=${onChange}
    @keydown=${onKeydown}
  />`;
}

/** The radio buttons of the choices: five stars with their numbers, or Yes and No. */
function choicesTemplate(t: Translate, { mode, rating, choose, onKeydown }: FieldsOptions): TemplateResult[] {
  if (mode === 'useful') {
    return ANSWERS.map(
      (answer) => html`<label class="option answer" part="option">
        ${radio('answer__input', answer, rating === answer, () => choose(answer), onKeydown)}
        <span class="answer__label">${t(answer === 'yes' ? 'rating.yes' : 'rating.no')}</span>
      </label>`,
    );
  }
  const chosen = typeof rating === 'number' ? rating : 0;
  return STARS.map(
    (n) => html`<label class="option star ${n <= chosen ? 'star--filled' : ''}" part="option">
      ${radio('star__input', String(n), rating === n, () => choose(n), onKeydown)}
      <svg class="star__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${STAR_PATH} /></svg>
      <span class="star__number" aria-hidden="true">${n}</span>
      <span class="visually-hidden">${starName(t, n)}</span>
    </label>`,
  );
}

/** The comment box with its label, hint, any error and the characters left. */
function commentTemplate(t: Translate, comment: string, problem: string | undefined, { disabled, onInput }: FieldsOptions): TemplateResult {
  const left = COMMENT_LIMIT - comment.length;
  const count = left >= 0 ? t('rating.comment.remaining', { n: left }) : t('rating.comment.over', { n: -left });
  const describedBy = ['comment-hint', problem ? 'comment-error' : '', 'comment-count'].filter(Boolean).join(' ');
  return html`<div class="comment ${problem ? 'has-error' : ''}" part="comment">
    <label class="comment__label" for="comment">${t('rating.comment.label')}</label>
    <div class="hint" id="comment-hint">${t('rating.comment.hint')}</div>
    ${problem ? errorMessageTemplate(t, 'comment-error', problem) : nothing}
    <textarea
      id="comment"
      class="comment__input"
      part="textarea"
      rows="4"
      aria-describedby=${describedBy}
      aria-invalid=${problem ? 'true' : 'false'}
      ?disabled=${disabled}
      .value=${live(comment)}
      @input=${(event: InputEvent) => onInput((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    <div class="count ${left < 0 ? 'count--over' : ''}" id="comment-count" part="comment-count">${count}</div>
  </div>`;
}

/** The thank-you: what was rated, and whether it is still waiting to be sent. */
export function thanksTemplate(t: Translate, rating: RatingValue | undefined, queued: 'offline' | 'server' | undefined): TemplateResult {
  let rated: string | undefined;
  if (rating === 'yes') rated = t('rating.rated.yes');
  else if (rating === 'no') rated = t('rating.rated.no');
  else if (rating !== undefined) rated = t('rating.rated.stars', { rating: starName(t, rating) });
  return html`<div class="thanks" part="thanks" tabindex="-1">
    <p class="thanks__title">${t('rating.thanks')}</p>
    ${rated ? html`<p>${rated}</p>` : nothing}
    ${queued ? html`<p>${t(queued === 'offline' ? 'rating.queued.offline' : 'rating.queued.server')}</p>` : nothing}
  </div>`;
}

/**
 * Mirrors the value and its validity into the owning form: the rating under `name`, the comment
 * (with a comment box) under `<name>-comment`, both kept for the browser to restore, and the first
 * problem as the form's validity, anchored on the control to fix.
 */
export function syncForm(
  internals: ElementInternals,
  root: ParentNode,
  { name, rating, comment, commentBox, problems }: { name: string | undefined; rating: RatingValue | undefined; comment: string; commentBox: boolean; problems: Problems },
): void {
  const saved = JSON.stringify({ rating: rating ?? null, comment });
  let value: FormData | null = null;
  if (name && (rating !== undefined || (commentBox && comment))) {
    value = new FormData();
    if (rating !== undefined) value.append(name, String(rating));
    if (commentBox && comment) value.append(`${name}-comment`, comment);
  }
  internals.setFormValue(value, saved);

  const firstChoice = root.querySelector<HTMLInputElement>('input[type="radio"]') ?? undefined;
  const textarea = root.querySelector<HTMLTextAreaElement>('textarea') ?? undefined;
  if (problems.rating && firstChoice) {
    internals.setValidity({ valueMissing: true }, problems.rating, firstChoice);
  } else if (problems.comment && textarea) {
    internals.setValidity({ tooLong: true }, problems.comment, textarea);
  } else {
    internals.setValidity({});
  }
}
