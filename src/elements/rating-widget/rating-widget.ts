import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { choiceProblem } from '../../core/attributes.js';
import { MapElement } from '../../core/map-element.js';
import { currentPageId, pageUrl } from '../../core/page.js';
import { deliverableUrl, deliveryQueue, newSubmissionId, type DeliveryState } from '../../storage/delivery-queue.js';
import { storageNoticeStyles, storageNoticeTemplate } from '../../storage/storage-notice.js';
import { StoredValue } from '../../storage/stored-value.js';
import { baseStyles } from '../../theme/theme.js';
import { MapRatingSubmitEvent, type RatingSubmission, type RatingValue } from './events.js';
import { ratingWidgetStyles } from './rating-widget.styles.js';
import { translator, type KeysOf } from '../../i18n/i18n.js';
import { ratingWidgetStrings } from './rating-widget.strings.js';
import { fetchRatingSummary, summaryText, type RatingSummary } from './rating-summary.js';

export type RatingMode = 'stars' | 'useful';
const MODES: readonly RatingMode[] = ['stars', 'useful'];
const STARS = [1, 2, 3, 4, 5] as const;
const ANSWERS = ['yes', 'no'] as const;

/** Longest comment accepted, in characters. */
export const COMMENT_LIMIT = 500;

/** Store key of what this browser has rated: `{ "<mode>:<itemId>": { rating, ratedAt, submissionId } }`. */
export const RATINGS_KEY = 'ratings';

interface RememberedRating {
  rating: RatingValue;
  ratedAt: number;
  /** The submission that gave it, so only a refusal of that submission forgets it. */
  submissionId?: string;
}
type RememberedRatings = Record<string, RememberedRating>;

/** What the store holds under RATINGS_KEY, or an empty record if it holds something else. */
function asRemembered(value: unknown): RememberedRatings {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as RememberedRatings) : {};
}

/** `raw` as a rating valid in `mode`, or undefined. */
function toRating(mode: RatingMode, raw: unknown): RatingValue | undefined {
  if (mode === 'useful') return raw === 'yes' || raw === 'no' ? raw : undefined;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() ? Number(raw) : NaN;
  return (STARS as readonly number[]).includes(n) ? (n as RatingValue) : undefined;
}

type Phase = 'idle' | 'sending' | 'thanks' | 'rejected';

interface Problems {
  rating?: string;
  comment?: string;
}

const STAR_PATH =
  'M12 2.5l2.94 5.96 6.58.96-4.76 4.64 1.12 6.55L12 17.52l-5.88 3.09 1.12-6.55L2.48 9.42l6.58-.96z';

/**
 * Asks "Rate this page" (1 to 5 stars) or "Is this page useful?" (yes or no), optionally with a
 * comment, and delivers the answer durably to an endpoint.
 *
 * **On its own** it shows a "Send feedback" button. Submitting fires `map-rating-submit` and,
 * with an `endpoint`, posts the rating through the page's delivery queue (saved first, retried
 * when offline or the server fails, never sent twice under different ids). Then it thanks the
 * user and remembers, in this browser, that this item was rated. A refusal (a 4xx answer), at
 * once or on a later retry, is shown as an alert and the rating is forgotten, so it can be sent again.
 *
 * **Inside a `<form>`** it is a form control like an `<input>`: no button of its own, no event
 * and no posting (the form does the submitting; `endpoint` is ignored). Its value is submitted
 * under `name` (`1`–`5`, or `yes`/`no`), the comment under `<name>-comment`; it resets with the
 * form, takes part in validation when `required`, and is disabled by a disabled `<fieldset>`.
 *
 * @summary A star or "Is this page useful?" rating, durable and form-associated.
 * @tag map-rating-widget
 *
 * @fires {MapRatingSubmitEvent} map-rating-submit - The user submitted a rating (outside a form). `detail`: the
 *   `RatingSubmission` `{ submissionId, itemId, rating, comment?, pageUrl, submittedAt }`, the same
 *   body that is POSTed to `endpoint`.
 *
 * @csspart form - The form shown before the rating is sent (outside a form only).
 * @csspart fieldset - The group of choices.
 * @csspart legend - The question: `question`, else "Rate this page" or "Is this page useful?".
 * @csspart options - The row of choices.
 * @csspart option - One choice: a star with its number, or Yes or No.
 * @csspart error-message - A message saying what to fix (nothing chosen, comment too long).
 * @csspart comment - The comment box with its label, hint and count.
 * @csspart textarea - The comment's text area.
 * @csspart comment-count - "You have N characters remaining".
 * @csspart submit - The "Send feedback" button.
 * @csspart rejected - The alert shown when the endpoint refused the rating.
 * @csspart status - The polite status region holding the thank-you.
 * @csspart thanks - The thank-you message.
 * @csspart storage-notice - The note shown when this browser is not saving data, so the rating is remembered for this visit only.
 * @csspart error - The box explaining a bad attribute.
 * @csspart summary - With `show-summary`: "Rated 4.2 out of 5 by 37 people" or "37 people found this useful".
 *
 * @cssprop --map-text-colour - Text colour. Falls back to `--nhsuk-text-colour`, then `#212b32`.
 * @cssprop --map-secondary-text-colour - Hint and count text. Falls back to `--nhsuk-secondary-text-colour`, then `#4c6272`.
 * @cssprop --map-focus-colour - Focus highlight. Falls back to `--nhsuk-focus-colour`, then `#ffeb3b`.
 * @cssprop --map-focus-text-colour - Text and outline on focus. Falls back to `--nhsuk-focus-text-colour`, then `#212b32`.
 * @cssprop --map-border-colour - Border of the thank-you box. Falls back to `--nhsuk-border-colour`, then `#d8dde0`.
 * @cssprop --map-card-background-colour - Background of the boxes and text area. Falls back to `--nhsuk-card-background-colour`, then `#ffffff`.
 * @cssprop --map-error-colour - Error messages and borders. Falls back to `--nhsuk-error-colour`, then `#d5281b`.
 * @cssprop --map-button-colour - "Send feedback" button. Falls back to `--nhsuk-button-colour`, then `#007f3b`.
 * @cssprop --map-button-hover-colour - Button on hover. Falls back to `--nhsuk-button-hover-colour`, then `#00662f`.
 * @cssprop --map-button-active-colour - Button when pressed. Falls back to `--nhsuk-button-active-colour`, then `#00401e`.
 * @cssprop --map-button-shadow-colour - Button's lower edge. Falls back to `--nhsuk-button-shadow-colour`, then `#00401e`.
 * @cssprop --map-button-text-colour - Button text. Falls back to `--nhsuk-button-text-colour`, then `#ffffff`.
 * @cssprop --map-space-xs - Padding of each star, the comment box and above the character count. Default `4px`.
 * @cssprop --map-space-s - Small gap. Default `8px`.
 * @cssprop --map-space-m - Medium gap. Default `16px`.
 * @cssprop --map-space-l - Large gap. Default `24px`.
 * @cssprop --map-radius - Corner radius of the thank-you box. Default `0`.
 * @cssprop --map-border-width - Border width of the thank-you box. Default `1px`.
 * @cssprop --map-rating-star-colour - Fill of the chosen stars. Default `#ffb81c` (NHS warm yellow).
 * @cssprop --map-rating-star-size - Size of each star. Default `2em`.
 */
export class MapRatingWidgetElement extends MapElement<KeysOf<typeof ratingWidgetStrings>> {
  protected readonly t = translator(this.i18n, ratingWidgetStrings);
  static override styles = [baseStyles, storageNoticeStyles, ratingWidgetStyles];
  static override shadowRootOptions: ShadowRootInit = { ...MapElement.shadowRootOptions, delegatesFocus: true };
  static formAssociated = true;

  /** `stars` (1 to 5, the default) or `useful` ("Is this page useful?" yes or no). */
  @property({ reflect: true }) mode: RatingMode = 'stars';

  /** Adds an optional comment box (up to 500 characters). */
  @property({ type: Boolean, reflect: true }) comment = false;

  /** What is being rated, e.g. a feed item's id. Default: this page's canonical URL, else its address. */
  @property({ attribute: 'item-id', reflect: true }) itemId?: string;

  /**
   * URL to POST the rating to as JSON (https, http or relative to the page). Without it the
   * widget only fires `map-rating-submit`, and says so once in the console. Ignored inside a `<form>`.
   */
  @property({ reflect: true }) endpoint?: string;

  /** Name the value is submitted under inside a `<form>`; the comment goes under `<name>-comment`. */
  @property({ reflect: true }) name?: string;

  /** Inside a `<form>`: the form cannot be submitted until a rating is chosen. */
  @property({ type: Boolean, reflect: true }) required = false;

  /**
   * Shows what visitors have said so far, read once from `<endpoint>/summary?item=<item-id>` (as
   * `map-embed collect` answers it): "Rated 4.2 out of 5 by 37 people", or in useful mode "37
   * people found this useful". Nothing is shown when it cannot be read or no one has rated yet.
   */
  @property({ type: Boolean, attribute: 'show-summary', reflect: true }) showSummary = false;

  @state() private _summary?: RatingSummary;
  /** The summary URL last asked for, so it is read once per endpoint and item. */
  #summaryUrl?: string;

  /**
   * The question, shown as the legend of the choices, as the page's own words (it is not
   * translated). Default: "Rate this page" (`stars`) or "Is this page useful?" (`useful`), in the
   * page's language.
   */
  @property() question?: string;

  /**
   * Send (and remember the rating under) the page's full address, query string included. Off by
   * default: a query string can hold patient identifiers (`?nhs_number=…`), which would then be
   * posted to the endpoint and kept in this browser. Turn it on only where the query names the
   * page (e.g. `page.aspx?id=12`) and can never carry personal data.
   */
  @property({ type: Boolean, attribute: 'full-page-url', reflect: true }) fullPageUrl = false;

  @state() private _rating?: RatingValue;
  @state() private _comment = '';
  @state() private _phase: Phase = 'idle';
  @state() private _showProblems = false;
  @state() private _disabled = false;
  /** Why a thanked rating is still in the queue, if it is. */
  @state() private _queued?: 'offline' | 'server';
  @state() private _rejectedStatus = 0;

  readonly #internals = this.attachInternals();
  readonly #ratings = new StoredValue<unknown>(this, RATINGS_KEY);
  /** Stops listening to the queue for a rating an earlier page left there. */
  #unfollow?: () => void;

  /** The chosen rating as a string (`"1"`–`"5"`, `"yes"`, `"no"`), or `""` when none is chosen. */
  get value(): string {
    return this._rating === undefined ? '' : String(this._rating);
  }
  set value(value: string) {
    this._rating = toRating(this.mode, value);
  }

  /** The form this widget belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }
  get validity(): ValidityState {
    return this.#internals.validity;
  }
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.#internals.willValidate;
  }
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }
  reportValidity(): boolean {
    this._showProblems = true;
    return this.#internals.reportValidity();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('invalid', this.#onInvalid);
    this.#followQueued();
    // After the first update, so attributes and properties a framework sets just after
    // inserting the element count, and the form owner is known.
    void this.updateComplete.then(() => {
      if (this.isConnected && !this.#inForm && !this.endpoint?.trim()) {
        this.warnOnce('has no endpoint: ratings are only sent as the map-rating-submit event.');
      }
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('invalid', this.#onInvalid);
    this.#unfollow?.();
    this.#unfollow = undefined;
  }

  formAssociatedCallback(): void {
    this.requestUpdate();
  }

  formResetCallback(): void {
    this._rating = undefined;
    this._comment = '';
    this._showProblems = false;
  }

  formDisabledCallback(disabled: boolean): void {
    this._disabled = disabled;
  }

  formStateRestoreCallback(saved: string | File | FormData | null): void {
    if (typeof saved !== 'string') return;
    try {
      const restored = JSON.parse(saved) as { rating?: unknown; comment?: unknown };
      this._rating = toRating(this.mode, restored.rating);
      this._comment = typeof restored.comment === 'string' ? restored.comment : '';
    } catch {
      // Saved by another version in another shape: start empty, as a new control would.
    }
  }

  get #inForm(): boolean {
    return this.#internals.form !== null;
  }

  get #itemId(): string {
    return this.itemId?.trim() || currentPageId(this.fullPageUrl);
  }

  get #memoryKey(): string {
    return `${this.mode}:${this.#itemId}`;
  }

  /** This browser's earlier rating of this item, if it is one this mode can show. */
  #rememberedRating(): RatingValue | undefined {
    return toRating(this.mode, asRemembered(this.#ratings.value)[this.#memoryKey]?.rating);
  }

  protected override render(): TemplateResult {
    const problem = this.#attributeProblem();
    if (problem) return problem;
    if (this.#inForm) {
      if (this.endpoint?.trim()) {
        this.warnOnce('endpoint is ignored inside a <form>: the form submits the rating.');
      }
      return this.#fields();
    }
    const remembered = this.#rememberedRating();
    const done = this._phase === 'thanks' || (this._phase === 'idle' && remembered !== undefined);
    const summary = this._summary && summaryText(this.t, this.mode, this._summary);
    return html`${summary ? html`<p class="summary" part="summary">${summary}</p>` : nothing}${done
        ? nothing
        : html`<form class="form" part="form" novalidate @submit=${this.#onSubmit}>
            ${this.#fields()}
            ${this._phase === 'rejected'
              ? html`<p class="rejected" part="rejected" role="alert">
                  ${this.t('rating.rejected', { status: this._rejectedStatus })}
                </p>`
              : nothing}
            <button
              type="button"
              class="submit"
              part="submit"
              @click=${this.#send}
              aria-disabled=${this._phase === 'sending' ? 'true' : 'false'}
              ?disabled=${this._disabled}
            >
              ${this.t('rating.submit')}
            </button>
          </form>`}
      <div class="status" part="status" role="status">
        ${done ? this.#thanks(this._phase === 'thanks' ? this._rating : remembered) : nothing}
      </div>
      ${storageNoticeTemplate(this.t, this.#ratings.status, {
        memory: 'storage.ratings.memory',
        corrupt: 'storage.ratings.corrupt',
      })}`;
  }

  protected override updated(): void {
    this.#syncForm();
    this.#readSummary();
  }

  #readSummary(): void {
    const endpoint = this.showSummary && !this.#inForm ? deliverableUrl(this.endpoint) : undefined;
    const itemId = this.#itemId;
    const key = endpoint ? `${endpoint} ${itemId}` : undefined;
    if (key === this.#summaryUrl) return;
    this.#summaryUrl = key;
    this._summary = undefined;
    if (!endpoint) return;
    void fetchRatingSummary(endpoint, itemId).then((summary) => {
      if (this.#summaryUrl === key) this._summary = summary;
    });
  }

  #attributeProblem(): TemplateResult | undefined {
    const endpoint = this.endpoint?.trim();
    return this.attributeErrors(
      choiceProblem('mode', this.mode, MODES, 'error.rating-mode'),
      endpoint && !deliverableUrl(endpoint)
        ? { warning: `endpoint "${endpoint}" is not an http(s) or relative URL.`, key: 'error.rating-endpoint', params: { value: endpoint } }
        : undefined,
    );
  }

  #problems(): Problems {
    const problems: Problems = {};
    if ((!this.#inForm || this.required) && this._rating === undefined) {
      problems.rating = this.t(this.mode === 'stars' ? 'rating.missing.stars' : 'rating.missing.useful');
    }
    if (this.comment && this._comment.length > COMMENT_LIMIT) {
      problems.comment = this.t('rating.commentTooLong', { max: COMMENT_LIMIT });
    }
    return problems;
  }

  #fields(): TemplateResult {
    const problems = this._showProblems ? this.#problems() : {};
    const legend = this.question?.trim() || this.t(this.mode === 'stars' ? 'rating.legend.stars' : 'rating.legend.useful');
    return html`<fieldset
        class="fieldset ${problems.rating ? 'has-error' : ''}"
        part="fieldset"
        aria-describedby=${ifDefined(problems.rating ? 'rating-error' : undefined)}
        ?disabled=${this._disabled}
      >
        <legend class="legend" part="legend">${legend}</legend>
        ${problems.rating ? this.#errorMessage('rating-error', problems.rating) : nothing}
        <div class="options options--${this.mode}" part="options">
          ${this.mode === 'stars' ? this.#stars() : this.#answers()}
        </div>
      </fieldset>
      ${this.comment ? this.#commentField(problems.comment) : nothing}`;
  }

  #errorMessage(id: string, message: string): TemplateResult {
    return html`<p class="error-message" id=${id} part="error-message">
      <span class="visually-hidden">${this.t('rating.errorPrefix')}</span> ${message}
    </p>`;
  }

  #stars(): TemplateResult[] {
    const chosen = typeof this._rating === 'number' ? this._rating : 0;
    return STARS.map(
      (n) => html`<label class="option star ${n <= chosen ? 'star--filled' : ''}" part="option">
        <input
          class="star__input"
          type="radio"
          name="rating"
          .value=${String(n)}
          .checked=${live(this._rating === n)}
          @change=${() => this.#choose(n)}
          @keydown=${this.#onKeydown}
        />
        <svg class="star__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${STAR_PATH} /></svg>
        <span class="star__number" aria-hidden="true">${n}</span>
        <span class="visually-hidden">${this.#starName(n)}</span>
      </label>`,
    );
  }

  #starName(n: number): string {
    return this.t(n === 1 ? 'rating.star' : 'rating.stars', { n });
  }

  #answers(): TemplateResult[] {
    return ANSWERS.map(
      (answer) => html`<label class="option answer" part="option">
        <input
          class="answer__input"
          type="radio"
          name="rating"
          .value=${answer}
          .checked=${live(this._rating === answer)}
          @change=${() => this.#choose(answer)}
          @keydown=${this.#onKeydown}
        />
        <span class="answer__label">${this.t(answer === 'yes' ? 'rating.yes' : 'rating.no')}</span>
      </label>`,
    );
  }

  #commentField(problem: string | undefined): TemplateResult {
    const left = COMMENT_LIMIT - this._comment.length;
    const count =
      left >= 0 ? this.t('rating.comment.remaining', { n: left }) : this.t('rating.comment.over', { n: -left });
    const describedBy = ['comment-hint', problem ? 'comment-error' : '', 'comment-count'].filter(Boolean).join(' ');
    return html`<div class="comment ${problem ? 'has-error' : ''}" part="comment">
      <label class="comment__label" for="comment">${this.t('rating.comment.label')}</label>
      <div class="hint" id="comment-hint">${this.t('rating.comment.hint')}</div>
      ${problem ? this.#errorMessage('comment-error', problem) : nothing}
      <textarea
        id="comment"
        class="comment__input"
        part="textarea"
        rows="4"
        aria-describedby=${describedBy}
        aria-invalid=${problem ? 'true' : 'false'}
        ?disabled=${this._disabled}
        .value=${live(this._comment)}
        @input=${(event: InputEvent) => (this._comment = (event.target as HTMLTextAreaElement).value)}
      ></textarea>
      <div class="count ${left < 0 ? 'count--over' : ''}" id="comment-count" part="comment-count">${count}</div>
    </div>`;
  }

  #thanks(rating: RatingValue | undefined): TemplateResult {
    let rated: string | undefined;
    if (rating === 'yes') rated = this.t('rating.rated.yes');
    else if (rating === 'no') rated = this.t('rating.rated.no');
    else if (rating !== undefined) rated = this.t('rating.rated.stars', { rating: this.#starName(rating) });
    const queued = this._phase === 'thanks' ? this._queued : undefined;
    return html`<div class="thanks" part="thanks" tabindex="-1">
      <p class="thanks__title">${this.t('rating.thanks')}</p>
      ${rated ? html`<p>${rated}</p>` : nothing}
      ${queued ? html`<p>${this.t(queued === 'offline' ? 'rating.queued.offline' : 'rating.queued.server')}</p>` : nothing}
    </div>`;
  }

  #choose(rating: RatingValue): void {
    this._rating = rating;
  }

  /** Enter on a choice submits, as it does on a native radio button in a form. */
  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    // Outside a form the widget sends by itself: a sandboxed frame without allow-forms blocks
    // form submission, so sending must not go through it.
    if (this.#inForm) this.#internals.form?.requestSubmit();
    else void this.#send();
  };

  /** The owning form's submit found this widget invalid: show what to fix, next to it. */
  readonly #onInvalid = (): void => {
    this._showProblems = true;
  };

  /** Mirrors the value and its validity into the owning form. */
  #syncForm(): void {
    const saved = JSON.stringify({ rating: this._rating ?? null, comment: this._comment });
    const name = this.name?.trim();
    let value: FormData | null = null;
    if (name && (this._rating !== undefined || (this.comment && this._comment))) {
      value = new FormData();
      if (this._rating !== undefined) value.append(name, String(this._rating));
      if (this.comment && this._comment) value.append(`${name}-comment`, this._comment);
    }
    this.#internals.setFormValue(value, saved);

    const problems = this.#inForm ? this.#problems() : {};
    const firstChoice = this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]') ?? undefined;
    const textarea = this.renderRoot.querySelector<HTMLTextAreaElement>('textarea') ?? undefined;
    if (problems.rating && firstChoice) {
      this.#internals.setValidity({ valueMissing: true }, problems.rating, firstChoice);
    } else if (problems.comment && textarea) {
      this.#internals.setValidity({ tooLong: true }, problems.comment, textarea);
    } else {
      this.#internals.setValidity({});
    }
  }

  readonly #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#send();
  };

  readonly #send = async (): Promise<void> => {
    // A second click, or Enter, while sending or after thanks must not send a second rating.
    if (this._phase === 'sending' || this._phase === 'thanks') return;
    const problems = this.#problems();
    if (problems.rating || problems.comment) {
      this._showProblems = true;
      await this.updateComplete;
      const target = problems.rating
        ? this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]')
        : this.renderRoot.querySelector<HTMLTextAreaElement>('textarea');
      target?.focus();
      return;
    }
    const comment = this.comment ? this._comment.trim() : '';
    const body: RatingSubmission = {
      submissionId: newSubmissionId(),
      itemId: this.#itemId,
      rating: this._rating!,
      ...(comment ? { comment } : {}),
      pageUrl: pageUrl(this.fullPageUrl),
      submittedAt: new Date().toISOString(),
    };
    const memoryKey = this.#memoryKey;
    this._phase = 'sending';
    this._showProblems = false;
    // Remembered before the first answer: a reload while it is in the queue must not ask again,
    // or the user would rate twice under two ids.
    this.#ratings.update((all) => ({
      ...asRemembered(all),
      [memoryKey]: { rating: body.rating, ratedAt: Date.now(), submissionId: body.submissionId },
    }));
    this.dispatchEvent(new MapRatingSubmitEvent(body));

    const endpoint = deliverableUrl(this.endpoint);
    let queued: 'offline' | 'server' | undefined;
    if (endpoint) {
      const delivery = deliveryQueue.enqueue(endpoint, body);
      const answer = await delivery.firstAttempt;
      if (answer.state === 'failed') {
        await this.#refused(memoryKey, body.submissionId, answer.status);
        return;
      }
      // Thanks only for a rating that was delivered or is waiting in the queue.
      if (answer.state === 'dropped' || (!delivery.queued && answer.state !== 'sent')) {
        await this.#refused(memoryKey, body.submissionId, 0);
        return;
      }
      if (answer.state === 'queued') {
        queued = answer.reason === 'offline' ? 'offline' : 'server';
        void delivery.done.then((result) => this.#delivered(memoryKey, body.submissionId, result));
      }
    }
    this._queued = queued;
    this._phase = 'thanks';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.thanks')?.focus();
  };

  /**
   * The remembered rating may have been sent from an earlier page and still be in the queue. If
   * the endpoint refuses it on a retry, this widget is where the user can learn of it and rate again.
   */
  #followQueued(): void {
    const memoryKey = this.#memoryKey;
    const remembered = asRemembered(this.#ratings.value)[memoryKey];
    const id = remembered?.submissionId;
    if (!id || this.#unfollow || !deliveryQueue.entries().some((entry) => entry.id === id)) return;
    const unfollow = deliveryQueue.subscribe(id, (state) => {
      if (state.state === 'queued') return;
      unfollow();
      this.#unfollow = undefined;
      if (state.state !== 'failed') return;
      this._rating ??= toRating(this.mode, remembered.rating);
      void this.#refused(memoryKey, id, state.status);
    });
    this.#unfollow = unfollow;
  }

  /** A queued rating left the queue: drop the "will be sent" note, or show a late refusal. */
  #delivered(memoryKey: string, submissionId: string, result: DeliveryState): void {
    if (result.state === 'failed') {
      void this.#refused(memoryKey, submissionId, result.status);
    } else if (this._phase === 'thanks') {
      this._queued = undefined;
    }
  }

  /** The endpoint refused the rating: say so, and forget it so the user can rate again. */
  async #refused(memoryKey: string, submissionId: string, status: number): Promise<void> {
    // A late refusal replaces the focused thank-you; focus must not fall to the top of the page.
    const hadFocus = this.matches(':focus-within');
    this.#ratings.update((all) => {
      const remembered = asRemembered(all);
      if (remembered[memoryKey]?.submissionId !== submissionId) return remembered;
      return Object.fromEntries(Object.entries(remembered).filter(([key]) => key !== memoryKey));
    });
    this._rejectedStatus = status;
    this._queued = undefined;
    this._phase = 'rejected';
    await this.updateComplete;
    if (hadFocus && !this.matches(':focus-within')) {
      const radios = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      (radios.find((radio) => radio.checked) ?? radios[0])?.focus();
    }
  }
}
