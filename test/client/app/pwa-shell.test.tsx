import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppFooter } from '../../../src/client/app/app-footer';
import { usePwa } from '../../../src/client/pwa/pwa-store';
import {
  needsHomeScreenAdvice,
  requestPersistentStorage,
} from '../../../src/client/pwa/storage-persist';
import { hasUnsavedFormInput, watchFormInput } from '../../../src/client/pwa/unsaved-work';
import { UpdateBanner } from '../../../src/client/pwa/update-banner';
import { createMemoryRouter, Link, MemoryRouter, RouterProvider } from 'react-router-dom';
import {
  DeviceStorageNotice,
  STORAGE_NOTICE_SEEN_KEY,
} from '../../../src/client/pwa/device-storage-notice';

beforeEach(() => {
  watchFormInput(document);
  usePwa.setState({
    needRefresh: false,
    offlineReady: false,
    persist: 'unknown',
    applyUpdate: null,
  });
});

describe('update banner', () => {
  it('stays hidden until a new version is waiting', () => {
    render(<UpdateBanner busy={false} />);
    expect(screen.queryByRole('region', { name: 'Update available' })).not.toBeInTheDocument();
  });

  it('applies the update only when the user says so', async () => {
    const applyUpdate = vi.fn(() => Promise.resolve());
    usePwa.setState({ needRefresh: true, applyUpdate });
    render(<UpdateBanner busy={false} />);
    expect(applyUpdate).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Update now' }));
    expect(applyUpdate).toHaveBeenCalledTimes(1);
  });

  it('warns first when a form on the page has been started', async () => {
    const applyUpdate = vi.fn(() => Promise.resolve());
    usePwa.setState({ needRefresh: true, applyUpdate });
    render(
      <>
        <form>
          <label htmlFor="n">Note</label>
          <textarea id="n" defaultValue="" />
        </form>
        <UpdateBanner busy={false} />
      </>,
    );
    await userEvent.type(screen.getByLabelText('Note'), 'half a note');
    await userEvent.click(screen.getByRole('button', { name: 'Update now' }));
    expect(applyUpdate).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(/started filling in a form/);
    await userEvent.click(screen.getByRole('button', { name: 'Update anyway' }));
    expect(applyUpdate).toHaveBeenCalledTimes(1);
  });

  it('waits while changes are being sent', () => {
    usePwa.setState({ needRefresh: true, applyUpdate: vi.fn(() => Promise.resolve()) });
    render(<UpdateBanner busy />);
    expect(screen.queryByRole('button', { name: 'Update now' })).not.toBeInTheDocument();
    expect(screen.getByText(/Sending your changes first/)).toBeInTheDocument();
  });
});

describe('unsaved form detection', () => {
  it('counts a form once the user types or chooses in it, until it is submitted', async () => {
    render(
      <form onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="a">Name</label>
        <input id="a" />
        <label htmlFor="c">Ward</label>
        <select id="c">
          <option>Ash</option>
          <option>Kemsing</option>
        </select>
        <button type="submit">Save</button>
      </form>,
    );
    expect(hasUnsavedFormInput()).toBe(false);
    await userEvent.selectOptions(screen.getByLabelText('Ward'), 'Kemsing');
    expect(hasUnsavedFormInput()).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(hasUnsavedFormInput()).toBe(false);
    await userEvent.type(screen.getByLabelText('Name'), 'x');
    expect(hasUnsavedFormInput()).toBe(true);
  });
});

describe('device storage', () => {
  it('asks the browser to keep storage and shows the answer in the footer', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    vi.stubGlobal('navigator', {
      ...navigator,
      storage: { persist, persisted: () => Promise.resolve(false) },
    });
    expect(await requestPersistentStorage()).toBe('granted');
    render(
      <MemoryRouter>
        <AppFooter />
      </MemoryRouter>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('kept permanently');
    vi.unstubAllGlobals();
  });

  it('says so when the browser refuses', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      storage: { persist: () => Promise.resolve(false), persisted: () => Promise.resolve(false) },
    });
    expect(await requestPersistentStorage()).toBe('denied');
    vi.unstubAllGlobals();
  });

  it('advises iPhone users outside the Home Screen app only', () => {
    const win = { matchMedia: () => ({ matches: false }) } as unknown as Window;
    const iphone = {
      userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)',
      maxTouchPoints: 5,
    };
    expect(needsHomeScreenAdvice(iphone as Navigator, win)).toBe(true);
    expect(
      needsHomeScreenAdvice({ ...iphone, standalone: true } as unknown as Navigator, win),
    ).toBe(false);
    const android = { userAgent: 'Mozilla/5.0 (Linux; Android 15)', maxTouchPoints: 5 };
    expect(needsHomeScreenAdvice(android as Navigator, win)).toBe(false);
  });
});

describe('storage notice', () => {
  function renderNotice() {
    const router = createMemoryRouter(
      [
        {
          path: '/',
          element: (
            <>
              <DeviceStorageNotice />
              <Link to="/other">Somewhere else</Link>
            </>
          ),
        },
        { path: '/other', element: <DeviceStorageNotice /> },
      ],
      { initialEntries: ['/'] },
    );
    return render(<RouterProvider router={router} />);
  }
  const notice = () => screen.queryByRole('region', { name: 'Storage on this device' });

  beforeEach(() => {
    localStorage.removeItem(STORAGE_NOTICE_SEEN_KEY);
    usePwa.setState({ persist: 'denied' });
  });

  it('shows once on the screen where it first applies, not on the next screen', async () => {
    renderNotice();
    expect(notice()).toHaveTextContent('has not agreed to keep');
    await userEvent.click(screen.getByRole('link', { name: 'Somewhere else' }));
    expect(notice()).not.toBeInTheDocument();
  });

  it('is not shown again on this device once seen', () => {
    const first = renderNotice();
    expect(notice()).toBeInTheDocument();
    first.unmount();
    renderNotice();
    expect(notice()).not.toBeInTheDocument();
  });

  it('can be dismissed', async () => {
    renderNotice();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss the storage notice' }));
    expect(notice()).not.toBeInTheDocument();
  });
});
