import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mountWithApp } from '@/test/mount';
import QrScanner from './QrScanner.vue';

// the camera library is replaced: the test drives what the "camera" decodes
type Callback = (result: { getText(): string } | undefined, error: unknown, controls: { stop(): void }) => void;
const camera = vi.hoisted(() => ({
  constraints: undefined as MediaStreamConstraints | undefined,
  callback: undefined as Callback | undefined,
  stop: vi.fn(),
  failure: undefined as unknown,
}));
vi.mock('@zxing/browser', () => ({
  BrowserQRCodeReader: class {
    async decodeFromConstraints(constraints: MediaStreamConstraints, _video: HTMLVideoElement, callback: Callback) {
      if (camera.failure) throw camera.failure;
      camera.constraints = constraints;
      camera.callback = callback;
      return { stop: camera.stop };
    }
  },
}));

describe('QrScanner', () => {
  beforeEach(() => {
    camera.constraints = undefined;
    camera.callback = undefined;
    camera.failure = undefined;
    camera.stop.mockClear();
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia: vi.fn() } });
  });
  afterEach(() => {
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: undefined });
  });

  it('asks for the back camera, emits the first code it reads and turns the camera off', async () => {
    const { wrapper } = await mountWithApp(QrScanner);
    await wrapper.get('[data-testid="qr-start"]').trigger('click');
    await flushPromises();
    expect(camera.constraints).toEqual({ video: { facingMode: 'environment' }, audio: false });
    expect(wrapper.get('[data-testid="qr-status"]').text()).toBe('请将许可证上的二维码放入画面中');

    const controls = { stop: vi.fn() };
    camera.callback!(undefined, new Error('not found in this frame'), controls);
    expect(wrapper.emitted('decoded')).toBeUndefined();
    camera.callback!({ getText: () => 'http://localhost:8080/verify/330106202600001' }, undefined, controls);
    camera.callback!({ getText: () => 'a second frame' }, undefined, controls);
    await flushPromises();
    expect(wrapper.emitted('decoded')).toEqual([['http://localhost:8080/verify/330106202600001']]);
    expect(controls.stop).toHaveBeenCalledTimes(1);
    expect(wrapper.find('[data-testid="qr-start"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('stops the camera when the inspector leaves the page', async () => {
    const { wrapper } = await mountWithApp(QrScanner);
    await wrapper.get('[data-testid="qr-start"]').trigger('click');
    await flushPromises();
    wrapper.unmount();
    expect(camera.stop).toHaveBeenCalled();
  });

  it('says in plain words that the camera was refused, so the number can be typed', async () => {
    camera.failure = new DOMException('Permission denied', 'NotAllowedError');
    const { wrapper } = await mountWithApp(QrScanner);
    await wrapper.get('[data-testid="qr-start"]').trigger('click');
    await flushPromises();
    const problem = wrapper.get('[data-testid="qr-problem"]').text();
    expect(problem).toContain('未获得摄像头权限');
    expect(problem).not.toMatch(/NotAllowedError|Permission denied/);
    wrapper.unmount();
  });

  it('tells a browser without a camera API to type the number, in English too', async () => {
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: undefined });
    const { wrapper } = await mountWithApp(QrScanner, { locale: 'en' });
    await wrapper.get('[data-testid="qr-start"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="qr-problem"]').text()).toBe('No camera found. Type the license number instead.');
    expect(camera.constraints).toBeUndefined();
    wrapper.unmount();
  });
});
