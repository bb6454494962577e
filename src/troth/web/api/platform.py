"""The JSON API under /api/v1 (documented in the OpenAPI page at /docs)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter

from troth import __version__
from troth.datamap import stored_datasets
from troth.datamap.checks import check_against_policy
from troth.policy import check_policy_file
from troth.web.context import Context

router = APIRouter(prefix="/api/v1", tags=["platform"])


@router.get("/health", summary="Liveness and the version running")
def health() -> dict[str, str]:
    return {"status": "ok", "version": __version__}


@router.get("/policy", summary="The policy in force: the statement as code")
def policy(ctx: Context) -> dict[str, Any]:
    return ctx.policy.model_dump(mode="json")


@router.get("/datamap", summary="The datasets of the data map and the system each belongs to")
def datamap(ctx: Context) -> list[dict[str, Any]]:
    return [
        {
            "fides_key": d.fides_key,
            "system": d.system_key,
            "source": d.source,
            "dataset": d.body,
        }
        for d in ctx.store.datasets()
    ]


@router.get("/checks", summary="Findings of the policy and data-map checks")
def checks(ctx: Context) -> dict[str, list[dict[str, Any]]]:
    policy_findings = check_policy_file(ctx.policy_path)
    datasets, system_of = stored_datasets(ctx.store)
    datamap_findings = check_against_policy(datasets, system_of, ctx.policy)
    return {
        "policy": [asdict(f) | {"text": str(f)} for f in policy_findings],
        "datamap": [asdict(f) | {"text": str(f)} for f in datamap_findings],
    }


@router.get("/promises", summary="Each clause: what keeps it, which tests prove it")
def promises(ctx: Context) -> list[dict[str, Any]]:
    return [
        {
            "clause": p.clause,
            "section": p.section,
            "promise": p.promise,
            "status": p.status,
            "kept_by": p.kept_by,
            "proven_by": p.proven_by,
        }
        for p in ctx.promises
    ]
