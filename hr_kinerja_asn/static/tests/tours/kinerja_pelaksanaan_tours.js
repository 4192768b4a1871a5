/**
 * Pelaksanaan in the browser: the pegawai reports a month's realisation with a file, the PPK
 * gives feedback on it, and a peer gives feedback on a BerAKHLAK value.
 */
import { registry } from "@web/core/registry";
import { pilihPeriode, unggah } from "./kinerja_tour_utils";

registry.category("web_tour.tours").add("hr_kinerja_asn_realisasi_pegawai_tour", {
    url: "/odoo/action-hr_kinerja_asn.hr_kinerja_realisasi_action_mine",
    steps: () => [
        {
            content: "Open the period group",
            trigger: ".o_group_header:contains('Oktober 2026')",
            run: "click",
        },
        {
            content: "Open October's realisation",
            trigger: ".o_data_row td[name='rhk_id']",
            run: "click",
        },
        {
            content: "Enter the realised value",
            trigger: "div[name='nilai'] input",
            run: "edit 11",
        },
        ...unggah("bukti_ids", "bukti-oktober.pdf"),
        {
            content: "Report it",
            trigger: "button[name='action_laporkan']",
            run: "click",
        },
        {
            content: "Reported",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value='dilaporkan']",
        },
    ],
});

registry.category("web_tour.tours").add("hr_kinerja_asn_realisasi_penilai_tour", {
    url: "/odoo/action-hr_kinerja_asn.hr_kinerja_realisasi_action_team",
    steps: () => [
        {
            content: "Open the employee's group",
            trigger: ".o_group_header:contains('Staf')",
            run: "click",
        },
        {
            content: "Open the reported realisation",
            trigger: ".o_data_row td[name='rhk_id']",
            run: "click",
        },
        {
            content: "The evidence is there",
            trigger: "div[name='bukti_ids'] .o_attachment:contains('bukti-oktober')",
        },
        {
            content: "Give feedback on it",
            trigger: "button[name='action_beri_umpan_balik']",
            run: "click",
        },
        {
            content: "Write the feedback",
            trigger: ".modal div[name='isi'] textarea",
            run: "edit Target tiket tercapai, pertahankan waktu respons.",
        },
        {
            content: "Send",
            trigger: ".modal .modal-footer button.btn-primary",
            run: "click",
        },
        {
            content: "The dialog closes",
            trigger: "body:not(:has(.modal))",
        },
    ],
});

registry.category("web_tour.tours").add("hr_kinerja_asn_umpan_balik_rekan_tour", {
    url: "/odoo/action-hr_kinerja_asn.hr_kinerja_umpan_balik_action",
    steps: () => [
        {
            content: "New feedback",
            trigger: ".o_control_panel .o_list_button_add",
            run: "click",
        },
        {
            content: "To whom",
            trigger: "div[name='employee_id'] input",
            run: "edit Staf",
        },
        {
            content: "Pick the colleague",
            trigger: ".o-autocomplete--dropdown-item a:contains('Staf')",
            run: "click",
        },
        {
            content: "As a peer",
            trigger: "div[name='sumber'] select",
            run: 'select "rekan"',
        },
        {
            content: "On a BerAKHLAK value",
            trigger: "div[name='core_value_id'] input",
            run: "edit Kolab",
        },
        {
            content: "Kolaboratif",
            trigger: ".o-autocomplete--dropdown-item a:contains('Kolaboratif')",
            run: "click",
        },
        {
            content: "What was observed",
            trigger: "div[name='isi'] textarea",
            run: "edit Sangat terbuka berbagi pengetahuan dengan tim lain.",
        },
        {
            content: "Save",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Saved",
            trigger: ".o_form_saved",
        },
    ],
});

registry.category("web_tour.tours").add("hr_kinerja_asn_realisasi_buka_tour", {
    url: "/odoo/action-hr_kinerja_asn.hr_kinerja_skp_action_mine",
    steps: () => [
        {
            content: "Open my set SKP",
            trigger: ".o_list_view .o_data_row td[name='name']",
            run: "click",
        },
        {
            content: "Open a period's realisation",
            trigger: "button[name='action_buka_realisasi']",
            run: "click",
        },
        ...pilihPeriode("Oktober 2026"),
        {
            content: "One line per RHK and indicator, for October",
            trigger: ".o_list_view .o_data_row td:contains('Oktober 2026')",
        },
    ],
});
