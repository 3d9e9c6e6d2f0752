// The step tracker `Tahapan SOP`: one row per execution of an SOP step, who did it and how long it
// took against the step's standard time.

export type TrackerColumn = { key: string; header: string; width: number };

export const TRACKER_COLUMNS: readonly TrackerColumn[] = [
  { key: "no", header: "No", width: 5 },
  { key: "langkah", header: "Langkah SOP", width: 8 },
  { key: "kegiatan", header: "Kegiatan", width: 44 },
  { key: "periode", header: "Periode", width: 12 },
  { key: "pelaksana", header: "Pelaksana", width: 20 },
  { key: "nama", header: "Nama", width: 22 },
  { key: "mulai", header: "Mulai", width: 17 },
  { key: "selesai", header: "Selesai", width: 17 },
  { key: "durasi", header: "Durasi (menit)", width: 10 },
  { key: "waktuBaku", header: "Waktu Baku", width: 12 },
  { key: "sesuai", header: "Sesuai Waktu Baku", width: 10 },
  { key: "keputusan", header: "Keputusan", width: 12 },
  { key: "catatan", header: "Catatan", width: 40 },
];
