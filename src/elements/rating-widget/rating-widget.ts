import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { choiceProblem } from '../../core/attributes.js';
import { MapElement } from '../../core/map-element.js';
import { currentPageId, pageUrl } from '../../core/page.js';
import { deliverableUrl, newSubmissionId } from '../../delivery/submission.js';
import { storageNoticeStyles, storageNoticeTemplate } from '../../storage/storage-notice.js';
import { baseStyles } from '../../theme/theme.js';
import { MapRatingSubmitEvent, type RatingSubmission, type RatingValue } from './events.js';
import { ratingWidgetStyles } from './rating-widget.styles.js';
import { translator, type KeysOf } from '../../i18n/i18n.js';
import { ratingWidgetStrings } from './rating-widget.strings.js';
import { RatingSummaryReader, summaryText } from './rating-summary.js';
import { RatingDelivery } from './rating-delivery.js';
import { fieldsTemplate, ratingProblems, syncForm, thanksTemplate, toRating, type Problems } from './rating-fields.js';

export type RatingMode = 'stars' | 'useful';
const MODES: readonly RatingMode[] = ['stars', 'useful'];

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
 * @slot fallback - Shown while the element cannot render (no JavaScript, or the script failed to load) and beside an error box; hidden once the element shows content. Put a link to the content's own page here.
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
  @state() private _showProblems = false;
  @state() private _disabled = false;

  readonly #internals = this.attachInternals();
  readonly #delivery = new RatingDelivery(this);
  readonly #summary = new RatingSummaryReader(this, () => ({
    endpoint: this.showSummary && !this.#inForm ? deliverableUrl(this.endpoint) : undefined,
    itemId: this.#itemId,
  }));

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
    this.#delivery.follow(this.#memoryKey, (rating) => (this._rating ??= toRating(this.mode, rating)));
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

  protected override render(): TemplateResult {
    const problem = this.#attributeProblem();
    if (problem) return problem;
    if (this.#inForm) {
      if (this.endpoint?.trim()) {
        this.warnOnce('endpoint is ignored inside a <form>: the form submits the rating.');
      }
      return this.#fields();
    }
    const { phase, queued } = this.#delivery;
    // This browser's earlier rating of this item, if it is one this mode can show.
    const remembered = toRating(this.mode, this.#delivery.remembered(this.#memoryKey)?.rating);
    const done = phase === 'thanks' || (phase === 'idle' && remembered !== undefined);
    const summary = this.#summary.value && summaryText(this.t, this.mode, this.#summary.value);
    return html`${summary ? html`<p class="summary" part="summary">${summary}</p>` : nothing}${done
        ? nothing
        : html`<form class="form" part="form" novalidate @submit=${this.#onSubmit}>
            ${this.#fields()}
            ${phase === 'rejected'
              ? html`<p class="rejected" part="rejected" role="alert">
                  ${this.t('rating.rejected', { status: this.#delivery.rejectedStatus })}
                </p>`
              : nothing}
            <button type="button" class="submit" part="submit" @click=${this.#send} aria-disabled=${phase === 'sending' ? 'true' : 'false'} ?disabled=${this._disabled}>
              ${this.t('rating.submit')}
            </button>
          </form>`}
      <div class="status" part="status" role="status">
        ${done ? thanksTemplate(this.t, phase === 'thanks' ? this._rating : remembered, queued) : nothing}
      </div>
      ${storageNoticeTemplate(this.t, this.#delivery.ratings.status, { memory: 'storage.ratings.memory', corrupt: 'storage.ratings.corrupt' })}`;
  }

  protected override updated(): void {
    const { _rating: rating, _comment: comment, comment: commentBox } = this;
    const problems = this.#inForm ? this.#problems() : {};
    syncForm(this.#internals, this.renderRoot, { name: this.name?.trim(), rating, comment, commentBox, problems });
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
    const { mode, _rating: rating } = this;
    return ratingProblems(this.t, { mode, rating, needed: !this.#inForm || this.required, comment: this.comment ? this._comment : undefined });
  }

  #fields(): TemplateResult {
    return fieldsTemplate(this.t, {
      mode: this.mode,
      legend: this.question?.trim() || this.t(this.mode === 'stars' ? 'rating.legend.stars' : 'rating.legend.useful'),
      problems: this._showProblems ? this.#problems() : {},
      rating: this._rating,
      comment: this.comment ? this._comment : undefined,
      disabled: this._disabled,
      choose: (rating) => (this._rating = rating),
      onKeydown: this.#onKeydown,
      onInput: (comment) => (this._comment = comment),
    });
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

  readonly #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#send();
  };

  readonly #send = async (): Promise<void> => {
    // A second click, or Enter, while sending or after thanks must not send a second rating.
    if (this.#delivery.phase === 'sending' || this.#delivery.phase === 'thanks') return;
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
    this._showProblems = false;
    this.#delivery.start(memoryKey, body);
    this.dispatchEvent(new MapRatingSubmitEvent(body));
    await this.#delivery.deliver(memoryKey, body, deliverableUrl(this.endpoint));
  };
}
