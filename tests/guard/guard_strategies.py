"""Hypothesis strategies shared by the guard's property tests."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st


def joined_texts(
    fragments: Sequence[str], separators: Sequence[str], parts: int, noise: int
) -> st.SearchStrategy[str]:
    """Texts of up to ``parts`` pieces (a fragment, or up to ``noise`` random characters),
    each followed by one of ``separators``."""
    pieces = st.lists(
        st.one_of(st.sampled_from(list(fragments)), st.text(max_size=noise)), max_size=parts
    )
    return pieces.flatmap(
        lambda chosen: st.lists(
            st.sampled_from(list(separators)), min_size=len(chosen), max_size=len(chosen)
        ).map(lambda seps: "".join(p + s for p, s in zip(chosen, seps, strict=True)))
    )
