import { describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp, problemResponse } from '@/test/mount';
import CommitmentSection from './CommitmentSection.vue';

const application = {
  id: '7d4c1e8a-1111-4222-8333-944455556666', number: 'SQ20260520000001', type: 'NEW', state: 'DRAFT', version: 3,
  createdAt: '2026-05-20T02:00:00Z', updatedAt: '2026-05-20T02:00:00Z',
} as const;
const template = {
  code: 'PREMISES_PROOF', version: 2, titleZh: '经营场所使用证明告知承诺书',
  textZh: '本人承诺：所申报的经营场所由本人合法使用。', textEn: 'I undertake that I lawfully use the declared premises.',
  textSha256: 'a3f1c9e2b7d4a3f1c9e2b7d4a3f1c9e2b7d4a3f1c9e2b7d4a3f1c9e2b7d4a3f1', publishedAt: '2026-01-01T00:00:00Z',
};
const idCardTemplate = { ...template, code: 'ID_CARD', titleZh: '身份证明告知承诺书' };
const signed = {
  id: '9e1f0000-1111-4222-8333-944455556666', applicationId: application.id, templateCode: 'PREMISES_PROOF', templateVersion: 2,
  textSha256: template.textSha256, signerName: '张三', signerIdNumber: '110105********002X', signedAt: '2026-05-20T03:00:00Z',
  status: 'SIGNED',
};

function api(overrides: { sign?: () => Response; list?: unknown[] } = {}) {
  return vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/licensing/commitment-templates') return jsonResponse([template, idCardTemplate]);
    if (path.endsWith('/commitments') && request.method === 'GET') return jsonResponse(overrides.list ?? []);
    if (path.endsWith('/commitments')) return overrides.sign?.() ?? jsonResponse(signed, 201);
    if (path.endsWith('/withdrawal')) return jsonResponse({ ...signed, status: 'WITHDRAWN', withdrawnAt: '2026-05-20T04:00:00Z' });
    return jsonResponse({}, 404);
  });
}

async function openSigning(attachedTypes: string[] = ['ID_CARD']) {
  const { wrapper } = await mountWithApp(CommitmentSection, { props: { application, attachedTypes } });
  await wrapper.get('[data-testid="commitment-start"]').trigger('click');
  await flushPromises();
  return wrapper;
}

describe('CommitmentSection', () => {
  it('offers only templates for documents the application lacks, and shows the exact text in both languages', async () => {
    vi.stubGlobal('fetch', api());
    const wrapper = await openSigning(['ID_CARD']);
    expect(wrapper.find('[data-testid="commitment-template-ID_CARD"]').exists()).toBe(false);
    // the only candidate is chosen at once
    const text = wrapper.get('[data-testid="commitment-text"]');
    expect(text.text()).toContain('本人承诺：所申报的经营场所由本人合法使用。');
    expect(text.text()).toContain('第 2 版');
    expect(wrapper.get('[data-testid="commitment-text-en"]').text()).toContain('I undertake that I lawfully use the declared premises.');
    wrapper.unmount();
  });

  it('refuses a resident ID failing GB 11643 and an unticked box without calling the server', async () => {
    const fetch = api();
    vi.stubGlobal('fetch', fetch);
    const wrapper = await openSigning();
    await wrapper.get('[data-testid="commitment-name"] input').setValue('张三');
    await wrapper.get('[data-testid="commitment-id"] input').setValue('110105194912310021');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('身份证号码无效');
    expect(wrapper.text()).toContain('请阅读并勾选承诺');
    expect(fetch.mock.calls.some(([r]) => r.method === 'POST')).toBe(false);
    wrapper.unmount();
  });

  it('signs the version read, with the hash of its text, and lists the commitment with a withdraw button', async () => {
    const fetch = api();
    vi.stubGlobal('fetch', fetch);
    const wrapper = await openSigning();
    await wrapper.get('[data-testid="commitment-name"] input').setValue(' 张三 ');
    await wrapper.get('[data-testid="commitment-id"] input').setValue('11010519491231002x');
    await wrapper.get('[data-testid="commitment-agree"]').trigger('click');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const request = fetch.mock.calls.find(([r]) => r.method === 'POST')![0];
    expect(new URL(request.url).pathname).toBe(`/api/licensing/applications/${application.id}/commitments`);
    expect(request.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await request.json()).toEqual({
      templateCode: 'PREMISES_PROOF', templateVersion: 2, textSha256: template.textSha256,
      signerName: '张三', signerIdNumber: '11010519491231002X',
    });
    const item = wrapper.get('[data-testid="commitment-item"]');
    expect(item.text()).toContain('场所使用证明（承诺书第 2 版）');
    expect(item.text()).toContain('已签署');
    expect(wrapper.find('[data-testid="commitment-withdraw-PREMISES_PROOF"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it("shows the server's refusal (e.g. a barred applicant) in the user's language", async () => {
    vi.stubGlobal('fetch', api({ sign: () => problemResponse(422, '申请人处于禁入期，不能签署承诺') }));
    const wrapper = await openSigning();
    await wrapper.get('[data-testid="commitment-name"] input').setValue('张三');
    await wrapper.get('[data-testid="commitment-id"] input').setValue('11010519491231002X');
    await wrapper.get('[data-testid="commitment-agree"]').trigger('click');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="problem"]').text()).toContain('申请人处于禁入期，不能签署承诺');
    wrapper.unmount();
  });

  it('withdraws a signed commitment before the decision, and offers no withdrawal once decided', async () => {
    const fetch = api({ list: [signed] });
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(CommitmentSection, { props: { application, attachedTypes: [] } });
    await wrapper.get('[data-testid="commitment-withdraw-PREMISES_PROOF"]').trigger('click');
    await flushPromises();
    (document.querySelector('.van-dialog__confirm') as HTMLElement).click();
    await flushPromises();
    const request = fetch.mock.calls.find(([r]) => r.method === 'POST')![0];
    expect(new URL(request.url).pathname).toBe(`/api/licensing/applications/${application.id}/commitments/${signed.id}/withdrawal`);
    expect(wrapper.get('[data-testid="commitment-item"]').text()).toContain('已撤回');
    wrapper.unmount();

    const decided = await mountWithApp(CommitmentSection, {
      props: { application: { ...application, state: 'APPROVED' }, attachedTypes: [] },
    });
    expect(decided.wrapper.get('[data-testid="commitment-item"]').text()).toContain('已签署');
    expect(decided.wrapper.find('[data-testid="commitment-withdraw-PREMISES_PROOF"]').exists()).toBe(false);
    expect(decided.wrapper.find('[data-testid="commitment-start"]').exists()).toBe(false);
    decided.wrapper.unmount();
  });
});
