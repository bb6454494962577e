"""``troth store``: migrate and inspect the platform's own store."""

from __future__ import annotations

import typer
from rich.table import Table

from troth.cli.terminal import output

app = typer.Typer(no_args_is_help=True, add_completion=False)
console = output()


@app.command("upgrade")
def upgrade_command() -> None:
    """Create or migrate the store's tables to the newest revision."""
    from troth.store.store import open_store

    with open_store() as store:
        console.print(f"store {store.url} at revision {store.revision()}", highlight=False)


@app.command("status")
def status_command() -> None:
    """Show the store's URL (password hidden), its revision and the rows per table."""
    from troth.store.migrate import head_revision
    from troth.store.store import open_store

    with open_store(upgrade=False) as store:
        table = Table(title=None, show_header=True)
        table.add_column("table")
        table.add_column("rows", justify="right")
        revision = store.revision()
        console.print(f"url: {store.url}", highlight=False)
        head = head_revision()
        if not revision:
            console.print("revision: none (run: troth store upgrade)")
        elif revision != head:
            console.print(f"revision: {revision}, behind {head} (run: troth store upgrade)")
        else:
            console.print(f"revision: {revision} (newest)")
        if revision == head:
            for name, count in store.counts().items():
                table.add_row(name, str(count))
            console.print(table)
