import { text } from '../i18n/locale';
import { SHELL_TEXT } from './layout-text';

export function Breadcrumbs({ items }: { items: { href?: string; label: string }[] }) {
  return (
    <nav aria-label={text(SHELL_TEXT).breadcrumb} className="text-sm mb-4">
      <ol className="flex flex-wrap gap-1 list-none p-0 m-0">
        {items.map((it, i) => (
          <li key={i} className="flex gap-1">
            {i > 0 && (
              <span aria-hidden="true" className="muted">
                /
              </span>
            )}
            {it.href ? (
              <a href={it.href} className="crumb">
                {it.label}
              </a>
            ) : (
              <span aria-current="page">{it.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
