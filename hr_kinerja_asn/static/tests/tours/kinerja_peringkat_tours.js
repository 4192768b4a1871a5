/**
 * The HR office opens the ranking from the menu (issue 12 item 2): Evaluation ›
 * Ranking, by xml id (the test users read Indonesian), opens October's group and
 * reads the staf's row; then the talent nine-box from the same menu.
 */
import { registry } from "@web/core/registry";
import { menu } from "./kinerja_tour_utils";

registry.category("web_tour.tours").add("hr_kinerja_asn_peringkat_tour", {
    steps: () => [
        ...menu("menu_kinerja_penilaian", "menu_kinerja_peringkat"),
        {
            content: "The ranking, grouped by period: open October",
            trigger: ".o_list_view .o_group_name:contains('Oktober 2026')",
            run: "click",
        },
        {
            content: "Then the unit",
            trigger: ".o_list_view .o_group_name:contains('Bidang Uji')",
            run: "click",
        },
        {
            content: "The staf ranks first in the unit",
            trigger: ".o_data_row:has(td[name='employee_id']:contains('Staf')) td[name='peringkat_unit']:contains('1')",
        },
        ...menu("menu_kinerja_penilaian", "menu_kinerja_talenta"),
        {
            content: "The nine-box shows its nine boxes",
            trigger: ".o_kanban_view .o_kanban_group:nth-child(9)",
        },
    ],
});
