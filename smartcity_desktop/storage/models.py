"""The tables. Every record that syncs carries a UUID primary key, UTC ``created_at`` and
``updated_at``, the device that made the last change, a hybrid-logical-clock stamp and a
tombstone flag (``deleted``) instead of being removed. Sync (a later capability) needs no
schema rewrite because of these columns.
"""

from __future__ import annotations

import datetime as dt
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

from ..core.enums import EntryBatchStatus, IdeaKind, IdeaSource, IdeaStatus, WorkshopStatus
from ..core.ids import new_id


class UTCDateTime(TypeDecorator):
    """Stores naive UTC in SQLite, always hands back timezone-aware UTC."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use core.clock.utcnow()")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class SyncRecord(SQLModel):
    """Columns shared by every record that travels in sync packages."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    updated_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    device_id: str = Field(max_length=64)
    hlc: str = Field(max_length=96, index=True)
    deleted: bool = Field(default=False)


class Project(SyncRecord, table=True):
    name: str
    description: str = ""
    language: str = Field(default="en", max_length=8)


class StrategyGoal(SyncRecord, table=True):
    __tablename__ = "strategy_goal"
    project_id: str = Field(foreign_key="project.id", index=True)
    code: str = Field(max_length=32)
    title: str
    description: str = ""
    position: int = 0


class Theme(SyncRecord, table=True):
    project_id: str = Field(foreign_key="project.id", index=True)
    name: str
    description: str = ""
    colour: str | None = Field(default=None, max_length=9)


class Criterion(SyncRecord, table=True):
    project_id: str = Field(foreign_key="project.id", index=True)
    key: str = Field(max_length=64)
    label: str
    weight: float = 1.0
    position: int = 0


class DemographicDimension(SyncRecord, table=True):
    __tablename__ = "demographic_dimension"
    project_id: str = Field(foreign_key="project.id", index=True)
    key: str = Field(max_length=64)
    label: str
    position: int = 0
    is_stakeholder: bool = False


class DemographicCategory(SyncRecord, table=True):
    __tablename__ = "demographic_category"
    dimension_id: str = Field(foreign_key="demographic_dimension.id", index=True)
    key: str = Field(max_length=64)
    label: str
    position: int = 0
    # "Prefer not to say" is an answer; "not answered" is the absence of an answer row.
    is_prefer_not_to_say: bool = False


class Workshop(SyncRecord, table=True):
    project_id: str = Field(foreign_key="project.id", index=True)
    code: str = Field(max_length=8, index=True)
    title: str
    date: dt.date | None = None
    venue: str = ""
    facilitators: str = ""  # names, one per line
    status: str = Field(default=WorkshopStatus.PLANNED.value, max_length=16)
    consent_version: str = Field(default="1", max_length=32)
    notes: str = ""


class AgendaItem(SyncRecord, table=True):
    __tablename__ = "agenda_item"
    workshop_id: str = Field(foreign_key="workshop.id", index=True)
    position: int = 0
    activity: str
    planned_minutes: int = 10
    actual_start: datetime | None = Field(default=None, sa_type=UTCDateTime)
    actual_end: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Participant(SyncRecord, table=True):
    workshop_id: str = Field(foreign_key="workshop.id", index=True)
    code: str = Field(max_length=16, index=True)
    consent_processing: bool = False
    consent_contact: bool = False


class ParticipantAnswer(SyncRecord, table=True):
    """One answer of one participant on one demographic dimension. Id = link_id(participant,
    dimension), so the same answer edited on two devices is the same record."""

    __tablename__ = "participant_answer"
    participant_id: str = Field(foreign_key="participant.id", index=True)
    dimension_id: str = Field(foreign_key="demographic_dimension.id", index=True)
    category_id: str = Field(foreign_key="demographic_category.id", index=True)
    self_description: str | None = None


class ContactDetail(SyncRecord, table=True):
    """Kept apart from the participant so that no export reaches it by accident."""

    __tablename__ = "contact_detail"
    participant_id: str = Field(foreign_key="participant.id", index=True, unique=True)
    name: str = ""
    email: str = ""
    phone: str = ""


class SDGGoal(SQLModel, table=True):
    """Reference data: the 17 UN goals. Not synced; identical everywhere."""

    __tablename__ = "sdg"
    number: int = Field(primary_key=True)
    short_title: str
    colour: str = Field(max_length=9)


class Idea(SyncRecord, table=True):
    __table_args__ = (sa.Index("ix_idea_workshop_live", "workshop_id", "deleted", "created_at"),
                      sa.Index("ix_idea_live_created", "deleted", "created_at"),
                      # covers counting a project's ideas by theme and joining their SDG links
                      sa.Index("ix_idea_workshop_live_theme", "workshop_id", "deleted", "id",
                               "theme_id"))
    workshop_id: str = Field(foreign_key="workshop.id")
    title: str | None = None
    text: str
    kind: str = Field(default=IdeaKind.IDEA.value, max_length=16)
    theme_id: str | None = Field(default=None, foreign_key="theme.id", index=True)
    source: str = Field(default=IdeaSource.LIVE.value, max_length=16)
    # The author is a participant, a table group, or nobody (anonymous).
    author_participant_id: str | None = Field(default=None, foreign_key="participant.id",
                                              index=True)
    author_table_group: str | None = Field(default=None, max_length=64)
    entered_by: str = ""
    status: str = Field(default=IdeaStatus.NEW.value, max_length=16)
    status_reason: str = ""
    status_date: dt.date | None = None


class IdeaSDG(SyncRecord, table=True):
    """Id = link_id(idea, sdg); removing a link sets the tombstone."""

    __tablename__ = "idea_sdg"
    __table_args__ = (sa.UniqueConstraint("idea_id", "sdg_number"),
                      sa.Index("ix_idea_sdg_idea_live", "idea_id", "deleted", "sdg_number"))
    idea_id: str = Field(foreign_key="idea.id", index=True)
    sdg_number: int = Field(foreign_key="sdg.number", index=True)


class IdeaStrategyGoal(SyncRecord, table=True):
    __tablename__ = "idea_strategy_goal"
    __table_args__ = (sa.UniqueConstraint("idea_id", "goal_id"),)
    idea_id: str = Field(foreign_key="idea.id", index=True)
    goal_id: str = Field(foreign_key="strategy_goal.id", index=True)


class IdeaStatusChange(SyncRecord, table=True):
    """The lifecycle log: every status change with its reason and date."""

    __tablename__ = "idea_status_change"
    idea_id: str = Field(foreign_key="idea.id", index=True)
    from_status: str = Field(max_length=16)
    to_status: str = Field(max_length=16)
    reason: str
    decided_on: dt.date
    changed_by: str = ""


class AppMeta(SQLModel, table=True):
    """Facts about this database file (for example the device that created it)."""

    __tablename__ = "app_meta"
    key: str = Field(primary_key=True, max_length=64)
    value: str


class EntryBatch(SyncRecord, table=True):
    """A stack of paper idea cards that volunteers type in (e.g. "Table 3 stack"). With
    ``double_entry`` two volunteers type every card independently and the differences are
    resolved before the cards become ideas."""

    __tablename__ = "entry_batch"
    workshop_id: str = Field(foreign_key="workshop.id", index=True)
    label: str
    created_by: str = ""
    status: str = Field(default=EntryBatchStatus.OPEN.value, max_length=16)
    double_entry: bool = True


class CardEntry(SyncRecord, table=True):
    """One paper card as one volunteer typed it: the fields in the order of the printed card.

    ``pass_no`` is 1 or 2 (the two independent passes of a double-entry batch); 0 holds the
    values chosen when the two passes were compared. ``position`` is the card's number in the
    stack. ``resolved_idea_id`` is the idea the card became."""

    __tablename__ = "card_entry"
    __table_args__ = (sa.Index("ix_card_entry_batch_pass_position", "batch_id", "pass_no",
                               "position"),)
    batch_id: str = Field(foreign_key="entry_batch.id")
    pass_no: int = 1
    position: int
    volunteer: str = ""
    participant_code: str = Field(default="", max_length=16)
    kind: str = Field(default="", max_length=16)  # "" = neither box ticked
    text: str
    sdgs: str = Field(default="", max_length=64)  # e.g. "11,13"
    theme_name: str = ""
    entered_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    resolved_idea_id: str | None = Field(default=None, foreign_key="idea.id", index=True)


class PriorityRound(SyncRecord, table=True):
    """One prioritisation round of a workshop, with one method (core.enums.RoundMethod)."""

    __tablename__ = "priority_round"
    workshop_id: str = Field(foreign_key="workshop.id", index=True)
    name: str
    method: str = Field(max_length=16)
    dots_per_participant: int = 5
    closed: bool = False
    position: int = 0


class DotVote(SyncRecord, table=True):
    """Dots on one idea: one participant's ballot line (``participant_id``), or a tally counted
    from the wall (no participant). ``category_id`` is the group a dot colour stands for."""

    __tablename__ = "dot_vote"
    round_id: str = Field(foreign_key="priority_round.id", index=True)
    idea_id: str = Field(foreign_key="idea.id", index=True)
    dots: int
    participant_id: str | None = Field(default=None, foreign_key="participant.id", index=True)
    category_id: str | None = Field(default=None, foreign_key="demographic_category.id")


class CriterionScore(SyncRecord, table=True):
    """A 1-5 score of one idea on one criterion, by a participant or a table group."""

    __tablename__ = "criterion_score"
    round_id: str = Field(foreign_key="priority_round.id", index=True)
    idea_id: str = Field(foreign_key="idea.id", index=True)
    criterion_id: str = Field(foreign_key="criterion.id")
    score: int
    participant_id: str | None = Field(default=None, foreign_key="participant.id", index=True)
    table_group: str | None = Field(default=None, max_length=64)


class RankingEntry(SyncRecord, table=True):
    """One place on one participant's ordered short list (rank 1 = first)."""

    __tablename__ = "ranking_entry"
    round_id: str = Field(foreign_key="priority_round.id", index=True)
    ballot: str = Field(max_length=64)  # the participant code, or a ballot number
    participant_id: str | None = Field(default=None, foreign_key="participant.id", index=True)
    idea_id: str = Field(foreign_key="idea.id", index=True)
    rank: int


class PairwiseVote(SyncRecord, table=True):
    """One comparison of two ideas: which won, or "can't decide" (core.enums.PairOutcome)."""

    __tablename__ = "pairwise_vote"
    round_id: str = Field(foreign_key="priority_round.id", index=True)
    idea_a_id: str = Field(foreign_key="idea.id")
    idea_b_id: str = Field(foreign_key="idea.id")
    outcome: str = Field(max_length=16)
    session: str = Field(default="", max_length=64)  # one sitting at the screen
    participant_id: str | None = Field(default=None, foreign_key="participant.id", index=True)


class ReferenceCategory(SyncRecord, table=True):
    """One line of a project's reference population profile (e.g. census figures): a count
    or a share for one category of one demographic dimension, with its source and year."""

    __tablename__ = "reference_category"
    project_id: str = Field(foreign_key="project.id", index=True)
    dimension_key: str = Field(max_length=64)
    category_key: str = Field(max_length=64)
    count: float | None = None
    share: float | None = None
    source: str = ""
    year: int | None = None


class IdeaPlacement(SyncRecord, table=True):
    """Where an idea sits on the impact/effort matrix of a round (0..1 on both axes).
    Id = link_id(round, idea)."""

    __tablename__ = "idea_placement"
    __table_args__ = (sa.UniqueConstraint("round_id", "idea_id"),)
    round_id: str = Field(foreign_key="priority_round.id", index=True)
    idea_id: str = Field(foreign_key="idea.id", index=True)
    impact: float
    effort: float


SYNCED_TABLES: tuple[type[SyncRecord], ...] = (
    Project, StrategyGoal, Theme, Criterion, DemographicDimension, DemographicCategory,
    Workshop, AgendaItem, Participant, ParticipantAnswer, ContactDetail, Idea, IdeaSDG,
    IdeaStrategyGoal, IdeaStatusChange, EntryBatch, CardEntry, PriorityRound, DotVote,
    CriterionScore, RankingEntry, PairwiseVote, ReferenceCategory, IdeaPlacement,
)


# --------------------------------------------------------------------------- sync bookkeeping
# Device-local tables: they describe this database's exchanges with other devices and never
# travel in packages themselves.


class TrustedKey(SQLModel, table=True):
    """A facilitator's (or the office's) Ed25519 verify key this database accepts packages from.
    ``fingerprint`` is hex (shown grouped "ab12 cd34 ..."), ``public_key`` the raw key in hex."""

    __tablename__ = "trusted_key"
    fingerprint: str = Field(primary_key=True, max_length=128)
    public_key: str = Field(max_length=128)
    device_id: str = Field(max_length=64, index=True)
    label: str = ""
    added_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    revoked: bool = False


class ImportedPackage(SQLModel, table=True):
    """The log of packages imported into this database: a package id found here is not
    applied again. ``kind`` is "full", "incremental" or "return"."""

    __tablename__ = "imported_package"
    package_id: str = Field(primary_key=True, max_length=36)
    device_id: str = Field(max_length=64, index=True)
    kind: str = Field(max_length=16)
    created_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    imported_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    hlc_from: str | None = Field(default=None, max_length=96)
    hlc_to: str | None = Field(default=None, max_length=96)
    counts_json: str = "{}"
    report_json: str = "{}"


class SyncConflict(SQLModel, table=True):
    """A record that two devices changed since their common version. Both versions are kept
    (as JSON) until someone chooses one or combines them; ``resolution`` is "local",
    "incoming" or "combined"."""

    __tablename__ = "sync_conflict"
    __table_args__ = (sa.Index("ix_sync_conflict_open", "resolved_at", "detected_at"),)
    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    table_name: str = Field(max_length=64)
    record_id: str = Field(max_length=36, index=True)
    local_json: str
    incoming_json: str
    local_hlc: str = Field(max_length=96)
    incoming_hlc: str = Field(max_length=96)
    local_device: str = Field(max_length=64)
    incoming_device: str = Field(max_length=64)
    package_id: str = Field(max_length=36)
    detected_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    resolution: str | None = Field(default=None, max_length=16)


class SyncBase(SQLModel, table=True):
    """The version (hlc) of a record last exchanged through a package: the common ancestor
    used to tell a conflict (both sides changed since) from a plain newer version.

    ``head_hlc``/``head_base`` remember what the version ``head_hlc`` was built on (a JSON list
    of stamps): the ``_base`` an imported version arrived with, or both versions of a resolved
    conflict. Passed on while the record is unchanged, so that a relayed version still says
    what it descends from (see services.sync_merge)."""

    __tablename__ = "sync_base"
    table_name: str = Field(primary_key=True, max_length=64)
    record_id: str = Field(primary_key=True, max_length=36)
    hlc: str = Field(max_length=96)
    head_hlc: str | None = Field(default=None, max_length=96)
    head_base: str | None = None
