/**
 * The issue form's values and what they become: the letter preview (the
 * domain renderer, so the preview is exactly the text stored) and the
 * repository input. Pure apart from the inputs it is given.
 */
import { addDays } from '../../../domain/dates';
import { defaultEndDate, nextReviewDue } from '../../../domain/rules/enforcement-dates';
import { letterIncidents, renderLetter, type RenderedLetter } from '../../../domain/rules/letters';
import type { Enforcement } from '../../../domain/schemas/enforcement';
import type { IssueInput, LetterTemplateRow, PowerStep } from '../../local-store/enforcement-repo';
import type { LocalCall } from '../../local-store/types';

export const DELIVERY_DAYS = 7;

export interface IssueValues {
  recipientType: 'person' | 'organisation';
  /** The person record chosen for the recipient ('' when none). */
  personId: string;
  recipientName: string;
  recipientAddress: string;
  recipientWardCode: string;
  stepId: string;
  issuingAgencyId: string;
  issuedDate: string;
  linkedCallIds: string[];
  terms: string;
  endDate: string;
  deliveryMethod: 'post' | 'hand' | '';
  /** `user:<id>` or `agency:<id>`. */
  assignee: string;
  dueDate: string;
}

export function initialValues(
  today: string,
  agencyId: string,
  from: Enforcement | undefined,
): IssueValues {
  return {
    recipientType: from?.recipientType ?? 'person',
    personId: from?.personId ?? '',
    recipientName: from?.recipientName ?? '',
    recipientAddress: from?.recipientAddress ?? '',
    recipientWardCode: from?.recipientWardCode ?? '',
    stepId: '',
    issuingAgencyId: agencyId,
    issuedDate: today,
    linkedCallIds: from?.linkedCallIds ?? [],
    terms: '',
    endDate: '',
    deliveryMethod: '',
    assignee: '',
    dueDate: addDays(today, DELIVERY_DAYS),
  };
}

/** Choosing a step suggests its usual end date (ABA 6 months, closure order 3). */
export function withStep(v: IssueValues, step: PowerStep | undefined): IssueValues {
  const end =
    step && /^\d{4}-\d{2}-\d{2}$/.test(v.issuedDate)
      ? defaultEndDate(step, v.issuedDate)
      : undefined;
  return { ...v, stepId: step?.id ?? '', endDate: end ?? '' };
}

export interface PreviewContext {
  step: PowerStep | undefined;
  template: LetterTemplateRow | undefined;
  calls: readonly LocalCall[];
  officerName: string;
  names: { agency(id: string): string; ward(code: string): string; category(id: string): string };
}

export function incidentsOf(v: IssueValues, ctx: PreviewContext) {
  return letterIncidents(
    ctx.calls.filter((c) => v.linkedCallIds.includes(c.id)),
    ctx.names,
  );
}

/** The letter as it would be issued now, or what it still lacks; undefined without a template. */
export function previewLetter(v: IssueValues, ctx: PreviewContext): RenderedLetter | undefined {
  if (!ctx.template) return undefined;
  const review =
    ctx.step &&
    nextReviewDue({ status: 'active', issuedDate: v.issuedDate, reviewDates: [] }, ctx.step);
  return renderLetter(ctx.template.body, {
    recipientName: v.recipientName,
    recipientAddress: v.recipientAddress,
    issuedDate: v.issuedDate,
    incidents: incidentsOf(v, ctx),
    terms: v.terms,
    ...(review ? { reviewDate: review } : {}),
    ...(v.endDate ? { endDate: v.endDate } : {}),
    officerName: ctx.officerName,
    agencyName: ctx.names.agency(v.issuingAgencyId),
  });
}

const opt = <K extends string>(key: K, value: string) =>
  (value.trim() ? { [key]: value.trim() } : {}) as Partial<Record<K, string>>;

/**
 * The person record a new record names: an escalation keeps the earlier
 * record's (the ladder matches recipients by it) while the name is unchanged;
 * otherwise the person chosen in the form, for a person only.
 */
function recipientPersonId(v: IssueValues, from: Enforcement | undefined): string | undefined {
  if (from) return from.recipientName === v.recipientName ? from.personId : undefined;
  return v.recipientType === 'person' && v.personId ? v.personId : undefined;
}

export function toIssueInput(
  v: IssueValues,
  ctx: PreviewContext,
  from: Enforcement | undefined,
  letterBody: string | undefined,
): IssueInput {
  const [kind, assigneeId = ''] = v.assignee.split(':');
  return {
    record: {
      recipientType: v.recipientType,
      ...opt('personId', recipientPersonId(v, from) ?? ''),
      recipientName: v.recipientName,
      ...opt('recipientAddress', v.recipientAddress),
      ...opt('recipientWardCode', v.recipientWardCode),
      issuingAgencyId: v.issuingAgencyId,
      stepId: v.stepId,
      issuedDate: v.issuedDate,
      linkedCallIds: v.linkedCallIds,
      ...opt('terms', v.terms),
      deliveryMethod: v.deliveryMethod as 'post' | 'hand',
      ...opt('endDate', v.endDate),
      ...(from ? { escalatedFromId: from.id } : {}),
    },
    ...(ctx.template && letterBody !== undefined
      ? {
          letter: { templateId: ctx.template.id, body: letterBody, incidents: incidentsOf(v, ctx) },
        }
      : {}),
    ...(v.deliveryMethod === 'hand'
      ? {
          delivery: {
            recipientName: v.recipientName,
            address: v.recipientAddress,
            wardCode: v.recipientWardCode,
            ...(kind === 'user' ? { assigneeUserId: assigneeId } : {}),
            ...(kind === 'agency' ? { assigneeAgencyId: assigneeId } : {}),
            dueDate: v.dueDate,
          },
        }
      : {}),
  };
}
