import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '@/api/complaints';
import { availableActions } from './caseActions';

const detail = (state: CaseDetail['summary']['state'], outcome?: CaseDetail['outcome']) =>
  ({ summary: { state, kind: 'REPORT' }, outcome }) as Pick<CaseDetail, 'summary' | 'outcome'>;

describe('case actions offered', () => {
  it('follow the lifecycle whitelist and the roles', () => {
    expect(availableActions(detail('RECEIVED'), ['HOTLINE_AGENT'])).toEqual(['ACCEPT', 'NOT_ACCEPT']);
    expect(availableActions(detail('ACCEPTED'), ['HOTLINE_AGENT'])).toEqual(['DISPATCH']);
    expect(availableActions(detail('DISPATCHED'), ['HANDLER'])).toEqual(['START']);
    expect(availableActions(detail('IN_PROGRESS'), ['HANDLER'])).toEqual(['ANSWER']);
    expect(availableActions(detail('IN_PROGRESS'), ['SUPERVISOR'])).toEqual(['ESCALATE']);
    expect(availableActions(detail('ANSWERED'), ['HANDLER'])).toEqual([]);
    expect(availableActions(detail('CLOSED'), ['SUPERVISOR'])).toEqual([]);
  });

  it('offer a reward for substantiated reports to supervisors only', () => {
    expect(availableActions(detail('CLOSED', 'SUBSTANTIATED'), ['SUPERVISOR'])).toEqual(['REWARD']);
    expect(availableActions(detail('CLOSED', 'SUBSTANTIATED'), ['HANDLER'])).toEqual([]);
    expect(availableActions(detail('CLOSED', 'UNSUBSTANTIATED'), ['SUPERVISOR'])).toEqual([]);
  });
});
