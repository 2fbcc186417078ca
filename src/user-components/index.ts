/**
 * Components that authors use in case articles. The post page passes them to every MDX file, so an
 * article uses them without importing anything.
 */
import Figure from "./Figure.astro";
import HeaderBreakdown from "./HeaderBreakdown.astro";
import MailBody from "./MailBody.astro";
import SafeLink from "./SafeLink.astro";
import SmsView from "./SmsView.astro";
import BrandContact from "./BrandContact.astro";

export const articleComponents = { Figure, HeaderBreakdown, MailBody, SafeLink, SmsView, BrandContact };
