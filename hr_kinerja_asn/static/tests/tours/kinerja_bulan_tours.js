/**
 * One month of the cycle, each role from the login page, clicking only what that role
 * sees (issue 11): the pegawai logs daily work, opens the month's realisation from the
 * SKP and reports it with evidence; the HR office creates the month's evaluations from
 * the menu and reads the home table; the PPK reads the team page, gives feedback and
 * rates the whole team; the atasan PPK calibrates one; the PPK reads the notification
 * and finalises (the anonymous visitor's check is in test_bulan_tour.py: a standalone
 * page without the web client).
 */
import { registry } from "@web/core/registry";
import { beranda, kartu, masuk, menu, nilaiBaris, pilihPeriode, unggah } from "./kinerja_tour_utils";

registry.category("web_tour.tours").add("hr_kinerja_asn_bulan_pegawai_tour", {
    url: "/web/login",
    steps: () => [
        ...masuk("uji_pegawai"),
        {
            content: "The next step is said in words",
            trigger: ".o_kinerja_langkah:not(:empty)",
        },
        ...menu("menu_kinerja_pelaksanaan", "menu_kinerja_log_harian"),
        {
            content: "Log a day's work",
            trigger: ".o_control_panel .o_list_button_add",
            run: "click",
        },
        {
            content: "The day",
            trigger: ".o_selected_row div[name='tanggal'] input",
            run: "edit 2026-10-15",
        },
        {
            content: "The RHK it serves",
            trigger: ".o_selected_row div[name='rhk_id'] input",
            run: "edit RHK",
        },
        {
            content: "Pick the RHK",
            trigger: ".o-autocomplete--dropdown-item a:contains('RHK Staf')",
            run: "click",
        },
        {
            content: "What was done",
            trigger: ".o_selected_row div[name='name'] input, .o_selected_row div[name='name'] textarea",
            run: "edit Menyelesaikan 4 tiket dukungan aplikasi",
        },
        {
            content: "Save the line",
            trigger: ".o_list_button_save",
            run: "click",
        },
        {
            content: "Saved",
            trigger: ".o_data_row td[name='name']:contains('Menyelesaikan 4 tiket')",
        },
        beranda(),
        {
            content: "Open my SKP from the home screen",
            trigger: ".o_kinerja_beranda .o_kinerja_skp_saya",
            run: "click",
        },
        {
            content: "Open a period's realisation",
            trigger: "button[name='action_buka_realisasi']",
            run: "click",
        },
        ...pilihPeriode("Oktober 2026"),
        {
            content: "October's line, its text prefilled from the daily log",
            trigger: ".o_list_view .o_data_row td:contains('Oktober 2026')",
            run: "click",
        },
        {
            content: "The period's target is shown",
            trigger: "div[name='target_periode']",
        },
        {
            content: "Enter the realised value",
            trigger: "div[name='nilai'] input",
            run: "edit 4",
        },
        ...unggah("bukti_ids", "tiket-oktober.pdf"),
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

registry.category("web_tour.tours").add("hr_kinerja_asn_bulan_hr_tour", {
    url: "/web/login",
    steps: () => [
        ...masuk("uji_admin"),
        {
            content: "The agency table",
            trigger: ".o_kinerja_bagian_hr .o_kinerja_rekap_unit td:contains('Bidang Uji')",
        },
        ...menu("menu_kinerja_config", "menu_kinerja_periode"),
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
        beranda(),
        {
            content: "Show October on the home table",
            trigger: ".o_kinerja_beranda select.o_kinerja_bulan",
            run: "selectByLabel Oktober 2026",
        },
        {
            content: "Bidang Uji: one pegawai reported in October",
            trigger: ".o_kinerja_rekap_unit tr:contains('Bidang Uji') td:nth-child(5):contains('1')",
        },
        {
            content: "Those without a set SKP, listed",
            trigger: ".o_kinerja_beranda .o_kinerja_tanpa_skp",
            run: "click",
        },
        {
            content: "Each with the reason when excluded",
            trigger: ".o_list_view th[data-name='kinerja_pengecualian']",
        },
    ],
});

registry.category("web_tour.tours").add("hr_kinerja_asn_bulan_ppk_tour", {
    url: "/web/login",
    steps: () => [
        ...masuk("uji_penilai"),
        {
            content: "The month to read",
            trigger: ".o_kinerja_beranda select.o_kinerja_bulan",
            run: "selectByLabel Oktober 2026",
        },
        {
            content: "October's realisations wait to be read",
            trigger: ".o_kinerja_kartu[data-kartu='realisasi_periksa']:contains('Oktober 2026') .fs-2:contains('1')",
        },
        kartu("realisasi_periksa"),
        {
            content: "The staf's October realisation",
            trigger: ".o_list_view .o_data_row td[name='employee_id']:contains('Staf')",
            run: "click",
        },
        {
            content: "The evidence is there",
            trigger: "div[name='bukti_ids'] .o_attachment:contains('tiket-oktober')",
        },
        {
            content: "Give feedback on it",
            trigger: "button[name='action_beri_umpan_balik']",
            run: "click",
        },
        {
            content: "Write the feedback",
            trigger: ".modal div[name='isi'] textarea",
            run: "edit Tiket tertangani cepat, dokumentasikan solusinya.",
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
        beranda(),
        kartu("unit_finalkan"),
        {
            content: "The team's unit",
            trigger: ".o_list_view .o_data_row td[name='department_id']:contains('Bidang Uji')",
            run: "click",
        },
        {
            content: "The team page: realisation against the period's target",
            trigger: ".o_notebook a.nav-link[name='realisasi']",
            run: "click",
        },
        {
            content: "The staf reported 4 of the month's target",
            trigger: ".o_field_widget[name='realisasi_ids'] .o_data_row:contains('Staf') td[name='nilai']:contains('4')",
        },
        {
            content: "The period's feedback",
            trigger: ".o_notebook a.nav-link[name='umpan_balik']",
            run: "click",
        },
        {
            content: "The feedback just given",
            trigger: ".o_field_widget[name='umpan_balik_ids'] .o_data_row:contains('dokumentasikan')",
        },
        {
            content: "Back to the ratings",
            trigger: ".o_notebook a.nav-link[name='nilai']",
            run: "click",
        },
        ...[
            ["Ketua Tim", "sesuai", "sesuai"],
            ["Staf", "diatas", "diatas"],
            ["Kasi", "sesuai", "sesuai"],
            ["Admin Kepegawaian", "dibawah", "sesuai"],
        ].flatMap(nilaiBaris),
        {
            content: "The live distribution: four rated of four, each rule in words",
            trigger: ".o_field_widget[name='distribusi_html']:contains('4 / 4')",
        },
        {
            content: "Save: the ratings are given",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Saved, every row rated",
            trigger: ".o_form_saved .o_field_widget[name='evaluasi_ids']:not(:has(.o_data_row .badge.text-bg-info))",
        },
    ],
});

registry.category("web_tour.tours").add("hr_kinerja_asn_bulan_atasan_tour", {
    url: "/web/login",
    steps: () => [
        ...masuk("uji_atasan"),
        kartu("kalibrasi"),
        {
            content: "The staf's evaluation",
            trigger: ".o_list_view .o_data_row td[name='employee_id']:contains('Staf')",
            run: "click",
        },
        {
            content: "Calibrate",
            trigger: "button[name='action_kalibrasi']",
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
            run: "edit Setara dengan unit lain pada capaian yang sama",
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

registry.category("web_tour.tours").add("hr_kinerja_asn_bulan_ppk_final_tour", {
    url: "/web/login",
    steps: () => [
        ...masuk("uji_penilai"),
        {
            content: "The inbox has news",
            trigger: ".o_menu_systray .o-mail-MessagingMenu-counter, .o_menu_systray .o_MessagingMenu_counter",
        },
        {
            content: "Open the messages",
            trigger: ".o_menu_systray i.fa-comments",
            run: "click",
        },
        {
            content: "The atasan's calibration, with the reason",
            trigger: ".o-mail-NotificationItem:contains('Setara dengan unit lain')",
        },
        {
            content: "Close the messages",
            trigger: ".o_menu_systray i.fa-comments",
            run: "click",
        },
        kartu("unit_finalkan"),
        {
            content: "The team's unit",
            trigger: ".o_list_view .o_data_row td[name='department_id']:contains('Bidang Uji')",
            run: "click",
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
            content: "The justification the breach needs, if any",
            trigger: ".modal div[name='justifikasi'] textarea, .o_statusbar_status button.o_arrow_button_current[data-value='final']",
            run() {
                const area = document.querySelector(".modal div[name='justifikasi'] textarea");
                if (area) {
                    area.value = "Tim menuntaskan migrasi layanan lebih awal";
                    area.dispatchEvent(new Event("input", { bubbles: true }));
                    area.dispatchEvent(new Event("change", { bubbles: true }));
                    document.querySelector(".modal button[name='action_confirm']").click();
                }
            },
        },
        {
            content: "Final",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value='final']",
        },
    ],
});
