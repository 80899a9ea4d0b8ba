"""The figures of volunteer entry: the number of the card being typed, cards per volunteer
and per hour, and the discrepancy rate between the two passes."""

from __future__ import annotations

import html

from ....services.ideas import card_compare as vc
from ....services.ideas import volunteer_entry as ve


class VolunteerFigures:
    """Shows the entry figures of :class:`.view.VolunteerEntryView`, a mixin. Its strings are
    translated under this class's name: lupdate files them so, and ``self.tr`` looks along
    the MRO and finds them."""

    def _update_counter(self) -> None:
        batch, pass_no = self.batch(), self.pass_no()
        if batch is None or pass_no is None:
            self.counter_label.setText(self.tr("No batch chosen"))
            return
        number = ve.next_position(self._db, batch.id, pass_no)
        text = self.tr("Card %1 in batch “%2”").replace("%1", str(number)) \
            .replace("%2", batch.label)
        if batch.double_entry:
            text += " · " + self.tr("pass %s") % pass_no
        self.counter_label.setText(text)
        self.counter_label.setAccessibleDescription(text)

    def _rate_lines(self, figures: vc.EntryStats) -> list[str]:
        lines = []
        for rate in figures.volunteers:
            speed = self.tr("%s cards/hour") % f"{rate.per_hour:.0f}" if rate.per_hour \
                else self.tr("rate after the next card")
            lines.append(f"{html.escape(rate.volunteer)}: <b>{rate.cards}</b> · {speed}")
        return lines

    def _update_stats(self) -> None:
        batch = self.batch()
        if batch is None:
            self.entry_stats.setText("")
            self.compare_stats.setText("")
            return
        figures = vc.stats(self._db, batch_id=batch.id)
        lines = self._rate_lines(figures)
        speed = f"<b>{html.escape(self.tr('Cards typed and forms per hour'))}</b><br>" + \
            ("<br>".join(lines) if lines else html.escape(self.tr("No cards yet.")))
        self.entry_stats.setText(speed)
        if figures.cards_compared:
            rate = self.tr("<b>Discrepancy rate</b><br>%1 of %2 cards differ (%3)<br>"
                           "%4 of %5 fields differ (%6)") \
                .replace("%1", str(figures.cards_differing)) \
                .replace("%2", str(figures.cards_compared)) \
                .replace("%3", f"{figures.card_rate:.0%}") \
                .replace("%4", str(figures.fields_differing)) \
                .replace("%5", str(figures.fields_compared)) \
                .replace("%6", f"{figures.field_rate:.1%}")
        else:
            rate = self.tr("<b>Discrepancy rate</b><br>No card typed in both passes yet.")
        self.compare_stats.setText(rate + "<br><br>" + speed)
