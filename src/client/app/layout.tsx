import { Outlet, ScrollRestoration } from 'react-router-dom';
import { DeviceStorageNotice } from '../pwa/device-storage-notice';
import { UpdateBanner } from '../pwa/update-banner';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';
import { useSyncHeader } from '../sync/use-sync-header';

/** The shell every screen sits in: skip link, header, banners, main, footer. */
export function Layout() {
  const sync = useSyncHeader();
  const busy = sync.phase === 'pushing';
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <AppHeader />
      <div className="govuk-width-container">
        <UpdateBanner busy={busy} />
        <DeviceStorageNotice />
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <AppFooter />
      <ScrollRestoration />
    </>
  );
}
