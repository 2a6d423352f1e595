// The portal's main navigation, in order (words from PRODUCT.md §8).
export const MAIN_NAV = [
  { href: "/secrets", label: "Secrets Manager", icon: "key" },
  { href: "/quick-commands", label: "Quick Commands", icon: "bolt" },
  { href: "/audit", label: "Audit log", icon: "list" },
  { href: "/notifications", label: "Notifications", icon: "bell" },
  { href: "/settings", label: "Settings", icon: "cog" },
] as const;

export type NavIcon = (typeof MAIN_NAV)[number]["icon"];
