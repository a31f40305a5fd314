/**
 * Photos on "Log a visit" and the visit page. jsdom cannot decode or draw
 * images, so the browser's two image calls (createImageBitmap and
 * OffscreenCanvas) stand in with fakes that report sizes; everything else
 * (the form, the device store, the visit record) is the real thing.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { visitsRoutes } from '../../../../src/client/features/visits/routes';
import { uuidv7 } from '../../../../src/domain/ids';
import type { CsuDb } from '../../../../src/client/local-store/db';
import { useSession } from '../../../../src/client/sync/session-store';
import { behindUnlock, signInFresh, TEST_WARD } from '../../render';

let db: CsuDb;
const encoded: { width: number; height: number }[] = [];

class FakeCanvas {
  constructor(
    readonly width: number,
    readonly height: number,
  ) {}
  getContext() {
    return { drawImage: () => undefined };
  }
  convertToBlob({ type }: { type: string }) {
    encoded.push({ width: this.width, height: this.height });
    return Promise.resolve(new Blob([new Uint8Array(2000 + encoded.length)], { type }));
  }
}

beforeEach(() => {
  ({ db } = signInFresh(['field'], 'kent-police'));
  const user = useSession.getState().user;
  if (user) useSession.getState().setUser({ ...user, wards: [TEST_WARD] }, 'unlocked');
  encoded.length = 0;
  vi.stubGlobal('OffscreenCanvas', FakeCanvas);
  vi.stubGlobal(
    'createImageBitmap',
    vi.fn(async (file: Blob) => {
      if (file.size < 4) throw new Error('not an image');
      return { width: 4000, height: 3000, close: () => undefined };
    }),
  );
  // fake-indexeddb clones jsdom's Blob as a plain object, which Node's URL refuses.
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:photo');
  vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function openForm() {
  const router = createMemoryRouter(behindUnlock(visitsRoutes), {
    initialEntries: ['/visits/new'],
  });
  const user = userEvent.setup({ delay: null, applyAccept: false });
  const view = render(<RouterProvider router={router} />);
  await screen.findByRole('heading', { name: 'Log a visit', level: 1 });
  await screen.findByLabelText('Notes');
  return { ...view, router, user };
}

const jpeg = (name = 'IMG_2041.jpg') =>
  new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0xff, 0xd9])], name, {
    type: 'image/jpeg',
  });

async function violations(container: HTMLElement) {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map((v) => v.id);
}

describe('Photos on a visit', { timeout: 90_000 }, () => {
  it('a gallery photo is made smaller, kept with the draft, and listed in the visit when saved', async () => {
    const { user, container } = await openForm();
    await user.upload(screen.getByLabelText('Choose from the gallery'), jpeg());
    await screen.findByText(/IMG_2041\.jpg, 1600 × 1200/);
    expect(encoded).toEqual([{ width: 1600, height: 1200 }]);
    const [stored] = await db.photos.toArray();
    expect(stored).toMatchObject({ state: 'attached', width: 1600, type: 'image/jpeg' });

    await user.click(screen.getByLabelText('Patrol'));
    await user.type(screen.getByLabelText('Address or place'), 'Lay-by on Ash Road');
    await user.selectOptions(screen.getByLabelText('Ward'), TEST_WARD);
    await user.type(screen.getByLabelText('Notes'), 'Fly-tipped mattresses.');
    expect(await violations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Save visit' }));
    await screen.findByRole('heading', { name: 'As recorded' });
    const visit = await db.visits.get(stored?.visitId ?? '');
    expect(visit?.photos).toEqual([
      {
        sha256: stored?.sha256,
        type: 'image/jpeg',
        bytes: stored?.bytes,
        width: 1600,
        height: 1200,
      },
    ]);
    expect(await screen.findByTestId('photo-state')).toHaveTextContent(
      'Saved on this phone. It is sent after the visit reaches the server.',
    );
    expect((await db.photos.get(stored?.id ?? ''))?.state).toBe('stored');
    expect(await violations(container)).toEqual([]);
  });

  it('the wrong type, or a file that is not an image, is named at the field and nothing else changes', async () => {
    const { user } = await openForm();
    await user.type(screen.getByLabelText('Notes'), 'Graffiti on the bus shelter.');
    const gallery = screen.getByLabelText('Choose from the gallery');
    await user.upload(gallery, new File(['%PDF-1.7'], 'letter.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText(/letter\.pdf is not a photo this app can use/)).toBeVisible();
    expect(document.getElementById('photos-error')).toHaveTextContent(
      'letter.pdf is not a photo this app can use. Choose a JPEG, PNG or WebP image.',
    );
    await user.upload(
      gallery,
      new File([new Uint8Array([1])], 'IMG_9.jpg', { type: 'image/jpeg' }),
    );
    expect(await screen.findByText(/IMG_9\.jpg could not be opened as a photo/)).toBeVisible();
    expect(await db.photos.count()).toBe(0);
    expect(screen.getByLabelText('Notes')).toHaveValue('Graffiti on the bus shelter.');
    await waitFor(async () => expect(await db.drafts.count()).toBe(1));
  });

  it('a full phone names the photo that could not be stored and keeps the visit being logged', async () => {
    const { user } = await openForm();
    await user.type(screen.getByLabelText('Notes'), 'Broken fence panels.');
    vi.spyOn(db.photos, 'put').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await user.upload(screen.getByLabelText('Take a photo'), jpeg('IMG_3001.jpg'));
    await screen.findByText(/IMG_3001\.jpg could not be stored/);
    expect(document.getElementById('photos-error')).toHaveTextContent(
      /IMG_3001\.jpg could not be stored: this phone is out of storage space\. The visit and its other photos are kept\./,
    );
    expect(screen.getByLabelText('Notes')).toHaveValue('Broken fence panels.');
    await waitFor(async () => expect(await db.drafts.count()).toBe(1));
  });

  it('a photo from someone else’s visit is shown from the server, for readers of the visit', async () => {
    const id = uuidv7();
    const sha256 = 'a'.repeat(64);
    await db.visits.put({
      id,
      at: new Date(Date.now() - 3_600_000).toISOString(),
      address: 'Lay-by on the Pilgrims Way, Kemsing',
      wardCode: TEST_WARD,
      visitType: 'patrol',
      notes: 'Fly-tipping.',
      followUpNeeded: false,
      photos: [{ sha256, type: 'image/jpeg', bytes: 6000, width: 640, height: 480 }],
      _sync: { state: 'sent' },
    });
    const router = createMemoryRouter(behindUnlock(visitsRoutes), {
      initialEntries: [`/visits/${id}`],
    });
    const { container } = render(<RouterProvider router={router} />);
    const img = await screen.findByRole('img', { name: 'Photo 1 of the visit' });
    expect(img).toHaveAttribute('src', `/api/attachments/${sha256}?visit=${id}`);
    expect(screen.getByTestId('photo-state')).toHaveTextContent('On the server');
    expect(await violations(container)).toEqual([]);
  });

  it('a photo of a visit the server refused says it is not sent because of the visit', async () => {
    const id = uuidv7();
    const sha256 = 'b'.repeat(64);
    await db.visits.put({
      id,
      at: new Date(Date.now() - 3_600_000).toISOString(),
      address: 'Lay-by on Ash Road, Hartley',
      wardCode: TEST_WARD,
      visitType: 'patrol',
      notes: 'Fly-tipping.',
      followUpNeeded: false,
      photos: [{ sha256, type: 'image/jpeg', bytes: 3000, width: 1600, height: 1200 }],
      _sync: { state: 'rejected', error: { code: 'invalid', message: 'Notes are required.' } },
    });
    await db.photos.put({
      id: uuidv7(),
      visitId: id,
      sha256,
      blob: new Blob([new Uint8Array(3000)], { type: 'image/jpeg' }),
      type: 'image/jpeg',
      bytes: 3000,
      width: 1600,
      height: 1200,
      name: 'IMG_2042.jpg',
      keptLocation: false,
      addedAt: new Date().toISOString(),
      state: 'stored',
    });
    const router = createMemoryRouter(behindUnlock(visitsRoutes), {
      initialEntries: [`/visits/${id}`],
    });
    const { container } = render(<RouterProvider router={router} />);
    expect(await screen.findByTestId('photo-state')).toHaveTextContent(
      'Not sent: the server refused the visit, so its photos cannot be sent',
    );
    expect(await violations(container)).toEqual([]);
  });
});
