"""The JSON API under /api/v1 (documented in the OpenAPI page at /docs)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from troth import __version__
from troth.web.context import ServiceContext, context_of

router = APIRouter(prefix="/api/v1", tags=["platform"])


@router.get("/health", summary="Liveness and the version running")
def health() -> dict[str, str]:
    return {"status": "ok", "version": __version__}


@router.get("/policy", summary="The policy in force: the statement as code")
def policy(ctx: ServiceContext = Depends(context_of)) -> dict[str, Any]:
    return ctx.policy.model_dump(mode="json")


@router.get("/datamap", summary="The datasets of the data map and the system each belongs to")
def datamap(ctx: ServiceContext = Depends(context_of)) -> list[dict[str, Any]]:
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
def checks(ctx: ServiceContext = Depends(context_of)) -> dict[str, list[dict[str, Any]]]:
    from troth.web.findings import datamap_findings, policy_findings

    return {
        "policy": policy_findings(ctx.policy_path),
        "datamap": datamap_findings(ctx.store, ctx.policy),
    }


@router.get("/promises", summary="Each clause of the statement: what keeps it, which tests prove it")
def promises(ctx: ServiceContext = Depends(context_of)) -> list[dict[str, Any]]:
    return [
        {
            "clause": p.clause,
            "section": p.title,
            "owner": p.owner,
            "status": p.status,
            "kept_by": p.kept_by,
            "proven_by": p.proven_by,
        }
        for p in ctx.promises
    ]
