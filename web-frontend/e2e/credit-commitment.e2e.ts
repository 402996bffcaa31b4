import { expect, it } from 'vitest';
import { expectNoAxeViolations, journey, phone, runId, screenshot } from './support';
import {
  applicationState as stateOf, fillNewApplication, freshCreditCode, freshResidentId, saveDraft, startNewApplication, tapMap, uploadNewDocuments,
} from './applications';


journey('a NEW application with a credit commitment instead of the premises proof', (browser) => {
  it('retailer uploads three documents, signs the commitment for PREMISES_PROOF, submits and sees the signed commitment', async () => {
    const id = runId();
    // a fresh applicant per run, so no earlier bar or breach applies; the signer types the same ID
    const operatorId = freshResidentId();

    const retailer = await phone(browser());
    const p = retailer.page;
    await startNewApplication(p);
    await fillNewApplication(p, {
      businessName: `西湖承诺便利店 ${id}`,
      applicant: { creditCode: freshCreditCode('91330106'), operatorName: '张三', operatorIdNumber: operatorId },
      businessScope: '卷烟、雪茄烟零售',
      address: `文三路 ${id} 号`,
    });
    await tapMap(p, id, { left: 25, top: 25, width: 260, height: 170 });
    await saveDraft(p);

    // three documents; the fourth (PREMISES_PROOF) is committed instead of proven
    await uploadNewDocuments(p, ['BUSINESS_LICENSE', 'ID_CARD', 'PREMISES_PHOTO']);

    await p.click('[data-testid="commitment-start"]');
    await p.click('[data-testid="commitment-template-PREMISES_PROOF"]');
    await p.waitForSelector('[data-testid="commitment-text"]');
    await expectNoAxeViolations(p, 'commitment form');
    await p.fill('[data-testid="commitment-name"] input', '张三');
    await p.fill('[data-testid="commitment-id"] input', operatorId);
    await p.click('[data-testid="commitment-agree"]');
    await p.click('[data-testid="commitment-sign"]');
    await p.locator('[data-testid="commitment-item"]').first().waitFor({ timeout: 30_000 });
    expect(await p.locator('[data-testid="commitment-item"]').first().textContent()).toContain('已签署');

    await p.click('[data-testid="submit-application"]');
    await expect.poll(async () => (await stateOf(p).textContent())?.trim()).toBe('已提交');
    const commitment = p.locator('[data-testid="commitment-item"]').first();
    await commitment.waitFor();
    expect(await commitment.textContent()).toContain('已签署');
    expect(await commitment.textContent()).toContain('张三');
    await expectNoAxeViolations(p, 'submitted');
    await screenshot(p, 'commitment-submitted');
  });
});
