import { usePageTitle } from './use-page-title';

/** Accessibility statement, in the shape public sector bodies publish them. */
export function AccessibilityPage() {
  usePageTitle('Accessibility statement');
  return (
    <>
      <h1 className="govuk-heading-l">Accessibility statement</h1>
      <p className="govuk-body">
        This statement applies to the Community Safety Unit app used by the district’s Community
        Safety Unit partners: the council, police, county community wardens, housing providers and
        environmental health.
      </p>
      <h2 className="govuk-heading-m">Using this app</h2>
      <p className="govuk-body">
        We want as many people as possible to be able to use this app. You should be able to:
      </p>
      <ul className="govuk-list govuk-list--bullet">
        <li>
          zoom in up to 400% without the text spilling off the screen, and use it on a phone 320
          pixels wide
        </li>
        <li>navigate the whole app using just a keyboard</li>
        <li>
          use it with a screen reader (including the latest versions of JAWS, NVDA and VoiceOver)
        </li>
        <li>
          use it with no mobile signal: records are saved on the device and sent when a connection
          returns
        </li>
      </ul>
      <h2 className="govuk-heading-m">How accessible this app is</h2>
      <p className="govuk-body">
        The app is tested against the Web Content Accessibility Guidelines (WCAG) version 2.2 AA
        standard with automated checks on every screen and by keyboard-only use of the main tasks.
        We know of no parts that fail the standard.
      </p>
      <h2 className="govuk-heading-m">Reporting accessibility problems</h2>
      <p className="govuk-body">
        If you find a problem not listed here, tell the Community Safety Unit manager or your system
        administrator, saying which page and what you were trying to do.
      </p>
      <h2 className="govuk-heading-m">Enforcement procedure</h2>
      <p className="govuk-body">
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public
        Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If
        you are not happy with how we respond to your complaint, contact the Equality Advisory and
        Support Service (EASS).
      </p>
      <h2 className="govuk-heading-m">Preparation of this statement</h2>
      <p className="govuk-body">This statement was prepared on 22 November 2026.</p>
    </>
  );
}
