/**
 * Penilaian in the browser: the PPK rates a team of five in one screen, the atasan PPK
 * changes one rating, the PPK finalises the unit (with the justification a breach needs).
 */
import { registry } from "@web/core/registry";
import { nilaiBaris, pilihPeriode } from "./kinerja_tour_utils";

// [employee, rating hasil kerja, rating perilaku]
const RATINGS = [
    ["Ketua Tim", "sesuai", "sesuai"],
    ["Staf", "diatas", "diatas"],
    ["Kasi", "sesuai", "sesuai"],
    ["Admin Kepegawaian", "dibawah", "sesuai"],
    ["Anggota Baru", "sesuai", "sesuai"],
];

registry.category("web_tour.tours").add("hr_kinerja_asn_penilaian_rate_tour", {
    url: "/odoo/action-hr_kinerja_asn.hr_kinerja_evaluasi_unit_action",
    steps: () => [
        {
            content: "Open the unit of the period",
            trigger: ".o_data_row td[name='department_id']:contains('Bidang Uji')",
            run: "click",
        },
        ...RATINGS.flatMap(nilaiBaris),
        {
            content: "The live distribution counts the five predikat (the kabid is rated in her PPK's unit)",
            trigger: ".o_field_widget[name='distribusi_html'] tfoot:contains('5 / 5')",
        },
        {
            content: "Save",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Saved: saving both ratings is rating, no other step",
            trigger: ".o_form_saved",
        },
        {
            content: "All five are rated",
            trigger: ".o_field_widget[name='evaluasi_ids']:not(:has(.o_data_row .badge.text-bg-info))",
        },
    ],
});

registry.category("web_tour.tours").add("hr_kinerja_asn_penilaian_kalibrasi_tour", {
    url: "/odoo/action-hr_kinerja_asn.hr_kinerja_evaluasi_unit_action",
    steps: () => [
        {
            content: "Open the unit below",
            trigger: ".o_data_row td[name='department_id']:contains('Bidang Uji')",
            run: "click",
        },
        {
            content: "Calibrate the staf's evaluation",
            trigger:
                ".o_field_widget[name='evaluasi_ids'] .o_data_row:contains('Staf') button[name='action_kalibrasi']",
            run: "click",
        },
        {
            content: "Lower the behaviour rating",
            trigger: ".modal div[name='rating_perilaku'] select",
            run: 'select "sesuai"',
        },
        {
            content: "Give the reason",
            trigger: ".modal div[name='alasan'] textarea",
            run: "edit Disetarakan dengan unit lain yang capaiannya sama.",
        },
        {
            content: "Calibrate",
            trigger: ".modal button[name='action_confirm']",
            run: "click",
        },
        {
            content: "The dialog closes",
            trigger: "body:not(:has(.modal))",
        },
    ],
});

registry.category("web_tour.tours").add("hr_kinerja_asn_penilaian_finalkan_tour", {
    url: "/odoo/action-hr_kinerja_asn.hr_kinerja_evaluasi_unit_action",
    steps: () => [
        {
            content: "Open the unit",
            trigger: ".o_data_row td[name='department_id']:contains('Bidang Uji')",
            run: "click",
        },
        {
            content: "The calibration broke the pattern",
            trigger: ".o_field_widget[name='distribusi_html'] .text-danger",
        },
        {
            content: "Finalise",
            trigger: "button[name='action_finalkan']",
            run: "click",
        },
        {
            content: "Confirm",
            trigger: ".modal-footer .btn-primary",
            run: "click",
        },
        {
            content: "Write the justification the breach needs",
            trigger: ".modal div[name='justifikasi'] textarea",
            run: "edit Lima dari enam pegawai menuntaskan migrasi layanan lebih cepat dari rencana.",
        },
        {
            content: "Finalise with justification",
            trigger: ".modal button[name='action_confirm']",
            run: "click",
        },
        {
            content: "Final",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value='final']",
        },
    ],
});

registry.category("web_tour.tours").add("hr_kinerja_asn_buat_evaluasi_tour", {
    url: "/odoo/action-hr_kinerja_asn.hr_kinerja_periode_action",
    steps: () => [
        {
            content: "Open the performance year",
            trigger: ".o_list_view .o_data_row td[name='name']:contains('2026')",
            run: "click",
        },
        {
            content: "Create the period's evaluations",
            trigger: "button[name='action_buat_evaluasi']",
            run: "click",
        },
        ...pilihPeriode("Oktober 2026"),
        {
            content: "The unit of the period is listed",
            trigger: ".o_list_view .o_data_row td[name='department_id']:contains('Bidang Uji')",
        },
    ],
});

registry.category("web_tour.tours").add("hr_kinerja_asn_penilaian_tandatangani_tour", {
    url: "/odoo/action-hr_kinerja_asn.hr_kinerja_evaluasi_unit_action",
    steps: () => [
        {
            content: "The final unit is listed: it waits for her signature",
            trigger: ".o_data_row td[name='department_id']:contains('Bidang Uji')",
            run: "click",
        },
        {
            content: "Her one to-do to sign waits on the unit",
            trigger: ".o-mail-Chatter .o-mail-Activity",
        },
        {
            content: "Sign every evaluation she appraises",
            trigger: "button[name='action_tandatangani']",
            run: "click",
        },
        {
            content: "Confirm",
            trigger: ".modal-footer .btn-primary",
            run: "click",
        },
        {
            content: "Nothing of hers waits any more",
            trigger: ".o_form_view:not(:has(button[name='action_tandatangani']))",
        },
        {
            content: "Her to-do is done",
            trigger: ".o-mail-Chatter:not(:has(.o-mail-Activity))",
        },
    ],
});
