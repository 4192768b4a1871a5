/**
 * Issue 14: the HR office starts a province-sized batch and follows it.
 */
import { registry } from "@web/core/registry";

import { masuk, menu } from "./kinerja_tour_utils";

/** The HR officer opens the newest batch from Konfigurasi › Proses Massal. */
function bukaProsesTerbaru(content) {
    return [
        ...masuk("uji_admin"),
        ...menu("menu_kinerja_config", "menu_kinerja_proses"),
        { content, trigger: ".o_list_view .o_data_row td[name='name']", run: "click" },
    ];
}

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
        ...bukaProsesTerbaru("Open the batch"),
        {
            content: "The batch is done",
            trigger: ".o_form_view .o_statusbar_status button.o_arrow_button_current[data-value='selesai']",
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

registry.category("web_tour.tours").add("hr_kinerja_asn_proses_cetak_tour", {
    url: "/web/login",
    steps: () => [
        ...masuk("uji_admin"),
        ...menu("menu_kinerja_penilaian", "menu_kinerja_evaluasi_unit"),
        {
            content: "Select every unit of the list",
            trigger: ".o_list_view thead .o_list_record_selector input",
            run: "click",
        },
        {
            content: "Print their reports to the leaders in the background",
            trigger: ".o_control_panel button[name='action_cetak_laporan']",
            run: "click",
        },
        {
            content: "The batch opens, one part per unit",
            trigger: ".o_form_view .o_field_widget[name='jenis']:contains('Laporan Unit'), .o_form_view .o_field_widget[name='jenis']:contains('Unit Reports')",
        },
    ],
});

registry.category("web_tour.tours").add("hr_kinerja_asn_proses_dokumen_tour", {
    url: "/web/login",
    steps: () => [
        ...bukaProsesTerbaru("Open the printing batch"),
        {
            content: "Every unit's PDF is there to download",
            trigger: ".o_form_view .o_field_widget[name='dokumen_ids'] .o_data_row td:contains('.pdf')",
        },
    ],
});
