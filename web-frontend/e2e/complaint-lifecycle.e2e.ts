import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { GATEWAY, desktop, expectNoAxeViolations, journey, phone, png, runId, screenshot, signedInAt } from './support';

const caseState = (page: Page) => page.locator('[data-testid="case-state"]');

async function act(page: Page, action: string, expected: string) {
  await page.click(`[data-testid="action-${action}"]`);
  await expect.poll(async () => (await caseState(page).textContent())?.trim()).toBe(expected);
}

journey('a 12313 report, from filing to evaluation', (browser) => {
  it('a citizen files anonymously, the agent dispatches, the Xihu handler answers, the citizen evaluates', async () => {
    const id = runId();

    // an anonymous citizen files a report with a photo
    const citizen = await phone(browser());
    const c = citizen.page;
    await c.goto(`${GATEWAY}/report`);
    await expectNoAxeViolations(c);
    await c.selectOption('[data-testid="report-category"]', 'COUNTERFEIT');
    await c.selectOption('[data-testid="division-city"]', '330100');
    await c.selectOption('[data-testid="division-district"]', '330106');
    await c.fill('[data-testid="report-address"] input', `天目山路 ${id} 号 烟酒店`);
    await c.fill('[data-testid="report-description"] textarea', `店内出售的中华卷烟包装粗糙，疑似假烟（e2e ${id}）`);
    await c.setInputFiles('[data-testid="report-photo"]', { name: 'pack.png', mimeType: 'image/png', buffer: png() });
    await c.click('[data-testid="report-submit"]');
    const code = (await c.locator('[data-testid="tracking-code"]').textContent({ timeout: 30_000 }))?.trim() ?? '';
    const caseNumber = (await c.locator('[data-testid="case-number"] .van-cell__value').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[A-Za-z0-9]{16,64}$/);
    await expectNoAxeViolations(c, 'answer');

    // the hotline agent accepts it and dispatches it to the district
    const agent = await desktop(browser());
    await signedInAt(agent.page, '/console/cases', 'agent');
    await expectNoAxeViolations(agent.page);
    await agent.page.click(`[data-testid="case-row"] a:text-is("${caseNumber}")`);
    await agent.page.waitForSelector('[data-testid="case-detail"]');
    await expectNoAxeViolations(agent.page);
    await act(agent.page, 'ACCEPT', '已受理');
    await act(agent.page, 'DISPATCH', '已转办');
    await expectNoAxeViolations(agent.page, 'dispatched');

    // the Xihu handler finds it in the district queue, investigates and answers
    const handler = await desktop(browser());
    await signedInAt(handler.page, '/console/complaints-queue', 'handler.xihu');
    await expectNoAxeViolations(handler.page);
    await handler.page.click(`[data-testid="case-row"] a:text-is("${caseNumber}")`);
    await handler.page.waitForSelector('[data-testid="case-detail"]');
    await expectNoAxeViolations(handler.page);
    await act(handler.page, 'START', '办理中');
    await handler.page.click('[data-testid="action-ANSWER"]');
    await handler.page.fill('[data-testid="action-answer"]', '经现场检查，查获涉嫌假冒卷烟 12 条，已依法立案查处。感谢您的举报。');
    await handler.page.click('[data-testid="action-submit"]');
    await expect.poll(async () => (await caseState(handler.page).textContent())?.trim()).toBe('已答复');
    await expectNoAxeViolations(handler.page, 'answered');
    await screenshot(handler.page, 'complaint-handler-answered');

    // the citizen reads the answer with the tracking code and is satisfied
    await c.goto(`${GATEWAY}/track`);
    await c.fill('[data-testid="track-code"] input', code);
    await c.click('[data-testid="track-submit"]');
    await c.waitForSelector('[data-testid="evaluation-form"]');
    await expectNoAxeViolations(c, 'answer');
    expect(await c.locator('[data-testid="track-result"]').textContent()).toContain('立案查处');
    await c.click('[data-testid="evaluation-satisfied"]');
    await c.click('[data-testid="evaluation-submit"]');
    await c.waitForSelector('[data-testid="evaluation-thanks"]');
    await expectNoAxeViolations(c, 'evaluated');
    expect((await c.locator('[data-testid="track-state"]').textContent())?.trim()).toMatch(/评价满意|已办结/);
    await screenshot(c, 'complaint-citizen-evaluated');
  });
});
