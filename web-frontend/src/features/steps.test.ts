import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/problem';
import { useSteps } from './steps';

describe('useSteps', () => {
  it('sends a step without input at once and opens the form of one that needs input', () => {
    const send = vi.fn();
    const steps = useSteps<'GO' | 'ASK'>((action) => action === 'ASK', send);
    steps.choose('GO');
    expect(send).toHaveBeenCalledWith('GO');
    steps.missing.value = 'old';
    steps.choose('ASK');
    expect(send).toHaveBeenCalledTimes(1);
    expect(steps.chosen.value).toBe('ASK');
    expect(steps.missing.value).toBe('');
  });

  it('closes the form after a success and keeps it open with the problem after a failure', async () => {
    const steps = useSteps<'ASK'>(() => true, vi.fn());
    steps.choose('ASK');
    const conflict = new ApiError({ type: '/problems/conflict', title: '已被他人处理', status: 409 });
    expect(await steps.take(() => Promise.reject(conflict))).toBe(false);
    expect(steps.chosen.value).toBe('ASK');
    expect(steps.error.value).toBe(conflict);

    steps.choose('ASK');
    expect(steps.error.value).toBeUndefined();
    expect(await steps.take(async () => undefined)).toBe(true);
    expect(steps.chosen.value).toBeUndefined();
  });
});
