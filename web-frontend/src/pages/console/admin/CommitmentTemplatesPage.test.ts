import { describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import CommitmentTemplatesPage from './CommitmentTemplatesPage.vue';

const v = (version: number, textZh: string) => ({
  code: 'PREMISES_PROOF', version, titleZh: '经营场所使用证明告知承诺书', textZh, textEn: `English v${version}`,
  textSha256: `${version}`.repeat(64), publishedAt: `2026-0${version}-01T00:00:00Z`,
});

describe('CommitmentTemplatesPage', () => {
  it('shows every version of a template and publishes the next one, refusing an unchanged text', async () => {
    let current = v(2, '第二版正文');
    const fetch = vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (request.method === 'POST') {
        current = { ...v(3, (await request.clone().json()).textZh) };
        return jsonResponse(current, 201);
      }
      if (path === '/api/licensing/commitment-templates') return jsonResponse([current]);
      if (path.endsWith('/versions')) {
        const older = Array.from({ length: current.version - 1 }, (_, i) => current.version - 1 - i);
        return jsonResponse([current, ...older.map((n) => v(n, n === 1 ? '第一版正文' : '第二版正文'))]);
      }
      const n = Number(path.split('/').pop());
      return jsonResponse(v(n, n === 1 ? '第一版正文' : n === 2 ? '第二版正文' : current.textZh));
    });
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(CommitmentTemplatesPage);
    await wrapper.get('[data-testid="template-open-PREMISES_PROOF"]').trigger('click');
    await flushPromises();
    const versions = wrapper.findAll('[data-testid="template-version"]').map((x) => x.text());
    expect(versions).toEqual([expect.stringContaining('第二版正文'), expect.stringContaining('第一版正文')]);
    expect(versions[0]).toContain('第 2 版');
    const reads = fetch.mock.calls.map(([r]) => new URL(r.url).pathname).filter((p) => p.includes('/versions'));
    expect(reads).toEqual(['/api/licensing/commitment-templates/PREMISES_PROOF/versions']);

    await wrapper.get('[data-testid="template-form"]').trigger('submit');
    expect(wrapper.text()).toContain('内容与当前版本相同');
    expect(fetch.mock.calls.some(([r]) => r.method === 'POST')).toBe(false);

    await wrapper.get('[data-testid="template-zh"]').setValue('第三版正文');
    await wrapper.get('[data-testid="template-form"]').trigger('submit');
    await flushPromises();
    const post = fetch.mock.calls.find(([r]) => r.method === 'POST')![0];
    expect(new URL(post.url).pathname).toBe('/api/licensing/admin/commitment-templates/PREMISES_PROOF/versions');
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post.json()).toEqual({ titleZh: '经营场所使用证明告知承诺书', textZh: '第三版正文', textEn: 'English v2' });
    expect(wrapper.get('[data-testid="template-published"]').text()).toContain('第 3 版');
    expect(wrapper.findAll('[data-testid="template-version"]')).toHaveLength(3);
    wrapper.unmount();
  });

  it('checks the code of a new template', async () => {
    const fetch = vi.fn(async () => jsonResponse([]));
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(CommitmentTemplatesPage);
    await wrapper.get('[data-testid="template-code"]').setValue('premises proof');
    await wrapper.get('[data-testid="template-form"]').trigger('submit');
    expect(wrapper.text()).toContain('大写字母和下划线');
    expect(fetch).toHaveBeenCalledTimes(1);
    wrapper.unmount();
  });
});
