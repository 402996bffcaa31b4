import { describe, expect, it } from 'vitest';
import { staffActions } from './applicationActions';

describe('staff actions on an application', () => {
  it('follow the lifecycle and the role of each step', () => {
    expect(staffActions('SUBMITTED', ['CLERK'])).toEqual(['ACCEPT', 'REQUEST_CORRECTION']);
    expect(staffActions('ACCEPTED', ['CLERK'])).toEqual(['START_REVIEW']);
    expect(staffActions('UNDER_REVIEW', ['CLERK'])).toEqual(['ASSIGN_SITE_CHECK']);
    expect(staffActions('UNDER_REVIEW', ['APPROVER'])).toEqual(['EXTEND', 'DECIDE']);
    expect(staffActions('SITE_CHECK', ['INSPECTOR'])).toEqual(['RECORD_SITE_CHECK']);
    expect(staffActions('SUBMITTED', ['APPROVER'])).toEqual([]);
    expect(staffActions('APPROVED', ['CLERK', 'APPROVER'])).toEqual([]);
  });

  it('allow one extension only', () => {
    expect(staffActions('UNDER_REVIEW', ['APPROVER'], true)).toEqual(['DECIDE']);
  });
});
