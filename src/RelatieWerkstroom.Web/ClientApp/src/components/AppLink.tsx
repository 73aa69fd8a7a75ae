import { Link as RouterLink, NavLink, type LinkProps, type NavLinkProps } from 'react-router';

/** A router link styled as an NL Design System link. */
export function AppLink({ className, ...props }: LinkProps) {
  return <RouterLink className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')} {...props} />;
}

/** A navigation-list link that marks the current page (aria-current) for screen readers and sighted users. */
export function NavListRouterLink(props: Omit<NavLinkProps, 'className'>) {
  return (
    <NavLink
      className={({ isActive }) => ['utrecht-nav-list__link', isActive ? 'utrecht-nav-list__link--current' : ''].join(' ').trim()}
      {...props}
    />
  );
}
