import { carriesAny } from '../../feed/tags.js';
import type { CaseStudyItem } from '../../feed/types.js';

/** Which case studies to show, already checked: see parseTagFilter (src/feed/tags.ts). */
export interface CaseStudyFilter {
  /** Normalised tags; a case study matches when it carries any of them. None: every case study. */
  readonly tags: readonly string[];
}

/**
 * The case studies to show, in feed order. Pure: the same case studies and filter give the same
 * result, with no DOM. Tags compare as src/feed/tags.ts says (case ignored; spaces, hyphens and
 * underscores alike), as they do for `<map-news-list>`.
 */
export function selectCaseStudies(caseStudies: readonly CaseStudyItem[], filter: CaseStudyFilter): readonly CaseStudyItem[] {
  if (!filter.tags.length) return caseStudies;
  return caseStudies.filter((item) => carriesAny(item, filter.tags));
}
