/**
 * Issue 14: the HR office starts a province-sized batch and follows it.
 */
import { registry } from "@web/core/registry";

import { masuk, menu } from "./kinerja_tour_utils";

registry.category("web_tour.tours").add("hr_kinerja_asn_proses_mulai_tour", {
    url: "/web/login",
    steps: () => [
        ...masuk("uji_admin"),
        ...menu("menu_kinerja_config", "menu_kinerja_periode"),
        {
            content: "Open next year, still a draft",
            trigger: ".o_list_view .o_data_row td[name='name']:contains('2027')",
            run: "click",
        },
        {
            content: "Start the year",
            trigger: "button[name='action_mulai']",
            run: "click",
        },
        {
            content: "The batch opens, running, its parts queued",
            trigger: ".o_form_view .o_statusbar_status button.o_arrow_button_current[data-value='berjalan']",
        },
        {
            content: "Its progress, at the start",
            trigger: ".o_form_view .o_field_widget[name='progres'] .o_progressbar",
        },
    ],
});

registry.category("web_tour.tours").add("hr_kinerja_asn_proses_selesai_tour", {
    url: "/web/login",
    steps: () => [
        ...masuk("uji_admin"),
        ...menu("menu_kinerja_config", "menu_kinerja_proses"),
        {
            content: "The batch is done",
            trigger: ".o_list_view .o_data_row:has(td[name='state'] .badge:contains('Selesai'), td[name='state'] .badge:contains('Done'))",
        },
        {
            content: "Open it",
            trigger: ".o_list_view .o_data_row td[name='name']",
            run: "click",
        },
        {
            content: "Every part done",
            trigger: ".o_form_view .o_field_widget[name='progres']:contains('100')",
        },
        {
            content: "And the HR officer was told in their inbox",
            trigger: ".o-mail-Message-body",
        },
    ],
});
